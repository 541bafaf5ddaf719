import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { ProductReviewToCreate } from "./validate-product-reviews"

export const createProductReviewsStepId = "ocop-create-product-reviews"
/** Creates reviews; compensation deletes them. */
export const createProductReviewsStep = createStep(
  createProductReviewsStepId,
  async (input: ProductReviewToCreate[], { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const created = await reviews.createProductReviews(
      input.map((r) => ({
        product_id: r.product_id,
        order_id: r.order_id,
        line_item_id: r.line_item_id,
        customer_id: r.customer_id,
        author_name: r.author_name,
        rating: r.rating,
        body: r.body,
        photos: (r.photos ?? []) as any,
      }))
    )
    return new StepResponse(
      created,
      created.map((r) => r.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .deleteProductReviews(createdIds)
  }
)
