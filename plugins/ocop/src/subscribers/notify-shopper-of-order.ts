import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  FulfillmentWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { notifyShopperOfOrderWorkflow } from "../workflows/shopper-order/notify-shopper-of-order"

/**
 * The shopper hears of each step without looking: the order placed, each parcel
 * handed to a carrier (shipment.created, with carrier and tracking number), each
 * parcel delivered (delivery.created).
 */
export default async function notifyShopperOfOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const input =
    event.name === OrderWorkflowEvents.PLACED
      ? { step: "placed" as const, order_id: event.data.id }
      : {
          step:
            event.name === FulfillmentWorkflowEvents.SHIPMENT_CREATED
              ? ("shipped" as const)
              : ("delivered" as const),
          fulfillment_id: event.data.id,
        }
  await notifyShopperOfOrderWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
  ],
}
