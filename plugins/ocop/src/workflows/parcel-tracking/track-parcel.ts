import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createParcelEventStep,
  type ParcelEventInput,
} from "./steps/create-parcel-event"
import { resolveParcelProgressStep } from "./steps/resolve-parcel-progress"

export const trackParcelWorkflowId = "ocop-track-parcel"
/**
 * A carrier's status report for one parcel: recorded once (a replay adds nothing),
 * then the fulfilment catches up with everything reported so far: shipped when
 * the carrier has it, delivered when delivered (core's delivery event, which the
 * cash-on-delivery subscriber captures on). Core's workflows undo their own steps;
 * a failure there also removes the new report, so the carrier's retry counts.
 */
export const trackParcelWorkflow = createWorkflow(
  trackParcelWorkflowId,
  (input: WorkflowData<ParcelEventInput>) => {
    const recorded = createParcelEventStep(input)
    const progress = resolveParcelProgressStep(
      transform({ input }, ({ input }) => ({
        fulfillment_id: input.fulfillment_id,
        order_id: input.order_id,
      }))
    )
    when("ship-parcel", { progress }, ({ progress }) => progress.ship).then(
      () => {
        createOrderShipmentWorkflow.runAsStep({
          input: transform({ progress }, ({ progress }) => ({
            order_id: progress.order_id,
            fulfillment_id: progress.fulfillment_id,
            items: progress.items,
            labels: progress.labels,
          })),
        })
      }
    )
    when(
      "deliver-parcel",
      { progress },
      ({ progress }) => progress.deliver
    ).then(() => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ progress }, ({ progress }) => ({
          orderId: progress.order_id,
          fulfillmentId: progress.fulfillment_id,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ recorded, progress }, ({ recorded, progress }) => ({
        recorded: recorded.created,
        shipped: progress.ship,
        delivered: progress.deliver,
      }))
    )
  }
)
