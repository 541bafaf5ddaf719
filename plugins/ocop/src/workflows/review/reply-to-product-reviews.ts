import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProductReviewsStep } from "./steps/update-product-reviews"
import { validateProducerReviewsStep } from "./steps/validate-producer-reviews"

export type ReplyToProductReviewsInput = {
  producer_id: string
  // An empty reply withdraws the one given.
  replies: { id: string; reply: string }[]
}

export const replyToProductReviewsWorkflowId = "ocop-reply-to-product-reviews"
/** The producer's public answers to reviews of its own products. */
export const replyToProductReviewsWorkflow = createWorkflow(
  replyToProductReviewsWorkflowId,
  (input: WorkflowData<ReplyToProductReviewsInput>) => {
    validateProducerReviewsStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        review_ids: input.replies.map((r) => r.id),
      }))
    )
    const updated = updateProductReviewsStep(
      transform({ input }, ({ input }) => {
        const now = new Date()
        return input.replies.map((r) => ({
          id: r.id,
          reply: r.reply || null,
          replied_at: r.reply ? now : null,
        }))
      })
    )
    emitEventStep({
      eventName: "ocop.product_review.replied",
      data: transform({ updated }, ({ updated }) =>
        updated.map((r) => ({ id: r.id }))
      ),
    })
    return new WorkflowResponse(updated)
  }
)
