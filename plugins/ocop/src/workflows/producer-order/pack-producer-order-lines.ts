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
import { resolveCodAmountDueStep } from "./steps/resolve-cod-amount-due"

export type PackProducerOrderLinesInput = PlanProducerPackingInput & {
  created_by?: string
}

export const packProducerOrderLinesWorkflowId = "ocop-pack-producer-order-lines"
/**
 * "Đã đóng gói": a Medusa fulfilment of the producer's lines only, at the location
 * where they are reserved; it consumes their reservations. Core's workflow undoes
 * its own steps (fulfilment cancelled, stock and reservations restored) on failure.
 * A carrier provider (GHN, GHTK) gets the cash to collect, as Admin fulfilments do.
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
    const codAmount = resolveCodAmountDueStep(
      transform({ plan }, ({ plan }) => ({ order_id: plan.order_id }))
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform(
        { plan, input, codAmount },
        ({ plan, input, codAmount }) => ({
          order_id: plan.order_id,
          items: plan.items,
          location_id: plan.location_id,
          shipping_option_id: plan.shipping_option_id,
          metadata: plan.metadata,
          created_by: input.created_by,
          // The shopper follows the parcel on the order page; the notice is the shop's.
          no_notification: true,
          // A carrier provider creates its parcel with this cash to collect.
          additional_data: { ocop_cod_amount: codAmount },
        })
      ),
    })
    return new WorkflowResponse(fulfillment)
  }
)
