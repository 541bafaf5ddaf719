import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { reconcileSalesPointLotsWorkflow } from "../workflows/sales-point/reconcile-sales-point-lots"

/**
 * An order fulfilled from a sales point's stock location (an online pickup, or any
 * fulfilment Admin creates there) took units from Medusa's inventory: they come off the
 * point's lots at once, earliest expiry first (decision 405). A counter sale's own
 * hand-over finds nothing to take: its units already left their lots.
 */
export default async function salesPointLotsOnFulfilment({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "location_id", "items.inventory_item_id"],
    filters: { id: event.data.fulfillment_id },
  })
  const fulfillment = data[0] as any
  const itemIds = (fulfillment?.items ?? [])
    .map((i: any) => i?.inventory_item_id)
    .filter(Boolean) as string[]
  if (!fulfillment?.location_id || !itemIds.length) return
  await reconcileSalesPointLotsWorkflow(container).run({
    input: {
      location_id: fulfillment.location_id,
      inventory_item_ids: itemIds,
      reference: event.data.order_id,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
}
