import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

export type UpdateProductReviewsStepInput = {
  id: string
  status?: "published" | "hidden"
  hidden_reason?: string | null
  hidden_at?: Date | null
  reply?: string | null
  replied_at?: Date | null
}[]

export const updateProductReviewsStepId = "ocop-update-product-reviews"
/** Updates reviews (reply, visibility); compensation writes back the previous values of the changed fields. */
export const updateProductReviewsStep = createStep(
  updateProductReviewsStepId,
  async (input: UpdateProductReviewsStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const fields = [...new Set(input.flatMap((u) => Object.keys(u)))]
    const previous = await reviews.listProductReviews(
      { id: input.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await reviews.updateProductReviews(input as any[])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .updateProductReviews(previous as any[])
  }
)
