import type { Knex } from "@mikro-orm/postgresql"
import {
  type OcopCatalogItem,
  pickOcopProducts,
} from "./ocop-catalog"

/** The three rails under a product: same producer, same OCOP product set, same province. */
export type RelatedOcopProducts = {
  producer: OcopCatalogItem[]
  category: OcopCatalogItem[]
  province: OcopCatalogItem[]
}

/**
 * Products a shopper of `item` may look at next, `limit` per rail, best certified
 * first. A product appears once, on the first rail it fits (the producer's own goods
 * before the set, the set before the province), and never beside itself. A rail
 * with nothing to show is empty: the page hides it.
 */
export async function relatedOcopProducts(
  knex: Knex,
  item: Pick<OcopCatalogItem, "id" | "producer" | "ocop" | "origin">,
  options: { limit: number; sales_channel_ids?: string[] }
): Promise<RelatedOcopProducts> {
  const shown = [item.id]
  const pick = async (filters: Parameters<typeof pickOcopProducts>[1]) => {
    const products = await pickOcopProducts(
      knex,
      { ...filters, sales_channel_ids: options.sales_channel_ids },
      { limit: options.limit, order: "recommended", exclude_ids: shown }
    )
    shown.push(...products.map((p) => p.id))
    return products
  }
  // One after the other: each rail leaves out what the rails before it show.
  const producer = item.producer ? await pick({ producer: [item.producer.id] }) : []
  const category = item.ocop.category.set
    ? await pick({ category: [item.ocop.category.set] })
    : []
  const province = item.origin.province_code
    ? await pick({ province: [item.origin.province_code] })
    : []
  return { producer, category, province }
}
