import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ChangeActionType,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { notifyProducersOfOrderLinesWorkflow } from "../workflows/producer-order/notify-producers-of-order-lines"

type OrderPlaced = { id: string }
type OrderEditConfirmed = {
  order_id: string
  actions?: { id: string; action: string; details?: { reference_id?: string } }[]
}

/**
 * A producer hears of a new order, or of lines an order edit added, without having
 * to look: each gets its own lines only (the workflow's idempotency keys make a
 * redelivered event harmless).
 */
export default async function notifyProducersOfOrderLines({
  event,
  container,
}: SubscriberArgs<OrderPlaced | OrderEditConfirmed>) {
  if (event.name === OrderWorkflowEvents.PLACED) {
    const { id } = event.data as OrderPlaced
    await notifyProducersOfOrderLinesWorkflow(container).run({
      input: { order_id: id, occasion: "placed" },
    })
    return
  }
  const { order_id, actions = [] } = event.data as OrderEditConfirmed
  const added = actions.filter(
    (a) => a.action === ChangeActionType.ITEM_ADD && a.details?.reference_id
  )
  if (!added.length) return
  await notifyProducersOfOrderLinesWorkflow(container).run({
    input: {
      order_id,
      line_ids: added.map((a) => a.details!.reference_id!),
      // The edit's first added line names this occasion: one notice per edit.
      occasion: `edit-${added[0].id}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, OrderEditWorkflowEvents.CONFIRMED],
}
