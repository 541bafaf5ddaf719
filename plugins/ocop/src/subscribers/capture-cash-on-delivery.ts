import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
} from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/** Medusa's system provider stands for cash on delivery: see backend/medusa-config.ts. */
export const CASH_ON_DELIVERY_PROVIDER = "pp_system_default"

/**
 * Cash on delivery is paid to the courier: the order's COD payment is captured when
 * its fulfillment is marked delivered (Medusa Admin's "Mark as delivered"), not before.
 */
export default async function captureCashOnDelivery({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "order.id",
      "order.payment_collections.payments.id",
      "order.payment_collections.payments.provider_id",
      "order.payment_collections.payments.captured_at",
      "order.payment_collections.payments.canceled_at",
    ],
    filters: { id: event.data.id },
  })
  const order = (data[0] as any)?.order
  const due = (order?.payment_collections ?? [])
    .flatMap((c: any) => c?.payments ?? [])
    .filter(
      (p: any) =>
        p?.provider_id === CASH_ON_DELIVERY_PROVIDER &&
        !p.captured_at &&
        !p.canceled_at
    )
  for (const payment of due) {
    await capturePaymentWorkflow(container).run({
      input: { payment_id: payment.id },
    })
    logger.info(
      `Cash on delivery captured for order ${order.id} (payment ${payment.id})`
    )
  }
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
}
