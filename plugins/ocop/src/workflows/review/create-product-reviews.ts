import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createProductReviewsStep } from "./steps/create-product-reviews"
import {
  type CreateProductReviewInput,
  validateProductReviewsStep,
} from "./steps/validate-product-reviews"

export const createProductReviewsWorkflowId = "ocop-create-product-reviews"
/** Records buyers' reviews of delivered order lines, once per line, and announces them. */
export const createProductReviewsWorkflow = createWorkflow(
  createProductReviewsWorkflowId,
  (input: WorkflowData<{ reviews: CreateProductReviewInput[] }>) => {
    const toCreate = validateProductReviewsStep(input.reviews)
    const created = createProductReviewsStep(toCreate)
    emitEventStep({
      eventName: "ocop.product_review.created",
      data: transform({ created }, ({ created }) =>
        created.map((r) => ({ id: r.id, product_id: r.product_id }))
      ),
    })
    return new WorkflowResponse(created)
  }
)
