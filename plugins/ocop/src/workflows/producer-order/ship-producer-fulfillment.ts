import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { setFulfillmentCarrierStep } from "./steps/set-fulfillment-carrier"
import {
  validateProducerShipmentStep,
  type ValidateProducerShipmentInput,
} from "./steps/validate-producer-shipment"

export type ShipProducerFulfillmentInput = ValidateProducerShipmentInput & {
  carrier: string
  tracking_number: string
  tracking_url?: string
  created_by?: string
}

export const shipProducerFulfillmentWorkflowId = "ocop-ship-producer-fulfillment"
/**
 * "Đã giao cho đơn vị vận chuyển": the producer's packed parcel becomes a Medusa
 * shipment with the carrier's tracking number. Validate, core's shipment workflow
 * (which undoes its own steps), then the carrier's name on the parcel (undone on
 * failure; last, because undoing the shipment restores the parcel as it was).
 */
export const shipProducerFulfillmentWorkflow = createWorkflow(
  shipProducerFulfillmentWorkflowId,
  (input: WorkflowData<ShipProducerFulfillmentInput>) => {
    const parcel = validateProducerShipmentStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
      }))
    )
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, parcel }, ({ input, parcel }) => ({
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
        items: parcel.items,
        labels: [
          {
            tracking_number: input.tracking_number,
            tracking_url: input.tracking_url ?? "",
            label_url: "",
          },
        ],
        created_by: input.created_by,
        no_notification: true,
      })),
    })
    setFulfillmentCarrierStep(
      transform({ input, parcel }, ({ input, parcel }) => ({
        fulfillment_id: input.fulfillment_id,
        carrier: input.carrier,
        metadata: parcel.metadata,
      }))
    )
    return new WorkflowResponse(parcel)
  }
)
