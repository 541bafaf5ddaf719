import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProductReviewsStep } from "./steps/update-product-reviews"

export type SetProductReviewsVisibilityInput = {
  ids: string[]
  // Hidden needs the office's reason; published clears it.
  status: "published" | "hidden"
  reason?: string | null
}

export const setProductReviewsVisibilityWorkflowId =
  "ocop-set-product-reviews-visibility"
/** The office hides reviews from the shop with a reason, or shows them again. */
export const setProductReviewsVisibilityWorkflow = createWorkflow(
  setProductReviewsVisibilityWorkflowId,
  (input: WorkflowData<SetProductReviewsVisibilityInput>) => {
    const updated = updateProductReviewsStep(
      transform({ input }, ({ input }) => {
        const hidden = input.status === "hidden"
        const now = new Date()
        return input.ids.map((id) => ({
          id,
          status: input.status,
          hidden_reason: hidden ? (input.reason ?? null) : null,
          hidden_at: hidden ? now : null,
        }))
      })
    )
    emitEventStep({
      eventName: "ocop.product_review.visibility_changed",
      data: transform({ updated }, ({ updated }) =>
        updated.map((r) => ({ id: r.id, status: r.status }))
      ),
    })
    return new WorkflowResponse(updated)
  }
)
