import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { publicReview } from "./product-review-view"

/**
 * Reviews for the people who answer or moderate them (producer portal, office):
 * the public view plus the product's title and handle, the visibility and the
 * office's reason. Never the buyer's id or order.
 */
export async function listReviewsForStaff(
  container: MedusaContainer,
  filters: { product_id?: string[]; status?: "published" | "hidden" },
  page: { limit: number; offset: number }
) {
  const [reviews, count] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountProductReviews(filters as any, {
      order: { created_at: "DESC" },
      take: page.limit,
      skip: page.offset,
    })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(reviews.map((r) => r.product_id))]
  const { data: products } = ids.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "title", "handle"],
        filters: { id: ids },
      })
    : { data: [] as any[] }
  return {
    reviews: reviews.map((r) => {
      const product = products.find((p: any) => p.id === r.product_id) as any
      return {
        ...publicReview(r),
        product_title: product?.title ?? null,
        product_handle: product?.handle ?? null,
        status: r.status,
        hidden_reason: r.hidden_reason ?? null,
        hidden_at: r.hidden_at ? new Date(r.hidden_at).toISOString() : null,
      }
    }),
    count,
  }
}
