import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import {
  planProducerPackingStep,
  type PlanProducerPackingInput,
} from "./steps/plan-producer-packing"

export type PackProducerOrderLinesInput = PlanProducerPackingInput & {
  created_by?: string
}

export const packProducerOrderLinesWorkflowId = "ocop-pack-producer-order-lines"
/**
 * "Đã đóng gói": a Medusa fulfilment of the producer's lines only, at the location
 * where they are reserved; it consumes their reservations. Core's workflow undoes
 * its own steps (fulfilment cancelled, stock and reservations restored) on failure.
 */
export const packProducerOrderLinesWorkflow = createWorkflow(
  packProducerOrderLinesWorkflowId,
  (input: WorkflowData<PackProducerOrderLinesInput>) => {
    const plan = planProducerPackingStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        order_id: input.order_id,
        line_ids: input.line_ids,
      }))
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        items: plan.items,
        location_id: plan.location_id,
        shipping_option_id: plan.shipping_option_id,
        metadata: plan.metadata,
        created_by: input.created_by,
        // The shopper follows the parcel on the order page; the notice is the shop's.
        no_notification: true,
      })),
    })
    return new WorkflowResponse(fulfillment)
  }
)
