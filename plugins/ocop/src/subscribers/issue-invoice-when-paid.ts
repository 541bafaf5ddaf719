import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { issueInvoiceForOrder } from "../workflows/invoice/issue-invoice-for-order"

/**
 * An order is invoiced when its money is in: an online payment captured (VietQR seen,
 * card, wallet), cash on delivery captured on delivery, a counter sale paid at the
 * counter. Every one of these ends in core's capture, which emits payment.captured
 * (counter sales are left to their own route, below).
 */
export default async function issueInvoiceWhenPaid({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex("payment as p")
    .join("order_payment_collection as opc", "opc.payment_collection_id", "p.payment_collection_id")
    .join("order as o", "o.id", "opc.order_id")
    .where("p.id", event.data.id)
    .whereNull("opc.deleted_at")
    .first("opc.order_id", knex.raw("o.metadata->>'staff_id' as staff_id"))
  if (!row?.order_id) return
  // A counter sale draws up its invoice in its own workflow and its route sends it, so
  // the receipt has the outcome; the retry job covers a route that did not get there.
  if (row.staff_id) return
  await issueInvoiceForOrder(container, row.order_id)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "ocop-issue-invoice-when-paid" },
}
