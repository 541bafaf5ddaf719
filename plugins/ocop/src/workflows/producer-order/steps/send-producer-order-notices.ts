import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerOrderNotice } from "./find-producer-order-notices"

export const PRODUCER_ORDER_NOTICE_TEMPLATE = "ocop-producer-order-lines"

export type SendProducerOrderNoticesInput = {
  notices: ProducerOrderNotice[]
  // What the notices are about: "placed", or the order change that added the lines.
  occasion: string
}

export const sendProducerOrderNoticesStepId = "ocop-send-producer-order-notices"
/**
 * E-mails each producer its lines through the Notification Module. The idempotency
 * key (order, occasion, producer, address) makes a redelivered event harmless. The
 * order is placed whatever happens here, so a provider failure is logged, not thrown,
 * and a sent e-mail cannot be recalled: no compensation.
 */
export const sendProducerOrderNoticesStep = createStep(
  sendProducerOrderNoticesStepId,
  async (input: SendProducerOrderNoticesInput, { container }) => {
    const notifications = input.notices.flatMap((n) =>
      n.recipients.map((to) => ({
        to,
        channel: "email",
        template: PRODUCER_ORDER_NOTICE_TEMPLATE,
        trigger_type:
          input.occasion === "placed" ? "order.placed" : "order-edit.confirmed",
        resource_id: n.order.id,
        resource_type: "order",
        idempotency_key: `ocop-order-lines-${n.order.id}-${input.occasion}-${n.producer.id}-${to}`,
        data: {
          producer: n.producer,
          order: n.order,
          destination: n.destination,
          lines: n.lines,
          added_to_existing_order: input.occasion !== "placed",
        },
      }))
    )
    if (!notifications.length) return new StepResponse([])
    try {
      const sent = await container
        .resolve(Modules.NOTIFICATION)
        .createNotifications(notifications)
      return new StepResponse(sent.map((s) => s.id))
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `OCOP: producers could not be told of order ${input.notices[0]?.order.id}: ${error}`
        )
      return new StepResponse([])
    }
  }
)
