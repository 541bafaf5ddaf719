import type { Knex } from "@mikro-orm/postgresql"
import { placedOrderLines } from "./order-lines"

/** A product's published reviews: their mean stars (one decimal) and how many. */
export type ProductRating = { average: number | null; count: number }

export type SocialProof = { rating: ProductRating; sold: number }

/**
 * What shoppers say about each product and how many units were sold ("Đã bán N"):
 * published reviews only (the office's hidden ones count for nothing), and the
 * quantities of placed orders that were not cancelled. Two grouped queries for
 * the page's products, never one per product.
 */
export async function socialProofOf(
  knex: Knex,
  productIds: string[]
): Promise<Map<string, SocialProof>> {
  const proof = new Map<string, SocialProof>(
    productIds.map((id) => [id, { rating: { average: null, count: 0 }, sold: 0 }])
  )
  if (!productIds.length) return proof
  const [ratings, sold] = await Promise.all([
    knex
      .from("ocop_product_review")
      .select("product_id")
      .select(knex.raw("round(avg(rating)::numeric, 1)::float as average"))
      .select(knex.raw("count(*)::int as count"))
      .whereIn("product_id", productIds)
      .where("status", "published")
      .whereNull("deleted_at")
      .groupBy("product_id"),
    placedOrderLines(knex)
      .select("li.product_id")
      .select(knex.raw("coalesce(sum(oi.quantity), 0)::int as sold"))
      .whereIn("li.product_id", productIds)
      .whereNot("o.status", "canceled")
      .groupBy("li.product_id"),
  ])
  for (const r of ratings as any[]) {
    proof.get(r.product_id)!.rating = {
      average: r.average === null ? null : Number(r.average),
      count: r.count,
    }
  }
  for (const s of sold as any[]) proof.get(s.product_id)!.sold = s.sold
  return proof
}

/** The items with their rating and sold count added. */
export async function withSocialProof<T extends { id: string }>(
  knex: Knex,
  items: T[]
): Promise<(T & SocialProof)[]> {
  const proof = await socialProofOf(
    knex,
    items.map((i) => i.id)
  )
  return items.map((i) => ({ ...i, ...proof.get(i.id)! }))
}
