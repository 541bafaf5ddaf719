import {
  createWorkflow,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { planProducerProductProfilesStep } from "./steps/plan-producer-product-profiles"

export const assignProducerShippingProfilesWorkflowId =
  "ocop-assign-producer-shipping-profiles"
/**
 * Puts products on their producer's shipping profile (or back on the default one when
 * they lost their producer), so a cart needs one shipping method per producer. Core's
 * product update compensates.
 */
export const assignProducerShippingProfilesWorkflow = createWorkflow(
  assignProducerShippingProfilesWorkflowId,
  (
    input: WorkflowData<{
      product_ids?: string[] | null
      producer_ids?: string[] | null
    }>
  ) => {
    const moves = planProducerProductProfilesStep(input)
    when("products-to-move", { moves }, ({ moves }) => moves.length > 0).then(
      () => {
        updateProductsWorkflow.runAsStep({ input: { products: moves } })
      }
    )
    return new WorkflowResponse(moves)
  }
)
