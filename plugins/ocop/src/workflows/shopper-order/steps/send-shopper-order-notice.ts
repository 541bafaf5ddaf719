import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShopperOrderStep = "placed" | "shipped" | "delivered"

export type SendShopperOrderNoticeInput = {
  step: ShopperOrderStep
  order_id?: string
  /** For "shipped" and "delivered": the parcel the event is about. */
  fulfillment_id?: string
}

/** One template per step: a provider (SendGrid, …) maps each to its own e-mail. */
export const SHOPPER_ORDER_TEMPLATES: Record<ShopperOrderStep, string> = {
  placed: "ocop-shopper-order-placed",
  shipped: "ocop-shopper-order-shipped",
  delivered: "ocop-shopper-order-delivered",
}

export const sendShopperOrderNoticeStepId = "ocop-send-shopper-order-notice"
/**
 * E-mails the shopper one step of the order (placed, shipped with carrier and
 * tracking number, delivered) through the Notification Module, in the order's
 * language. The idempotency key (step, order, parcel) makes a redelivered event
 * harmless; an order without e-mail (a counter sale) gets none. The order moves on
 * whatever happens here, so a provider failure is logged, not thrown, and a sent
 * e-mail cannot be recalled: no compensation.
 */
export const sendShopperOrderNoticeStep = createStep(
  sendShopperOrderNoticeStepId,
  async (input: SendShopperOrderNoticeInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    let orderId = input.order_id
    let parcel: any = null
    if (input.fulfillment_id) {
      const { data } = await query.graph({
        entity: "fulfillment",
        fields: [
          "id",
          "metadata",
          "shipped_at",
          "delivered_at",
          "labels.tracking_number",
          "labels.tracking_url",
          "order.id",
        ],
        filters: { id: input.fulfillment_id },
      })
      parcel = data[0] ?? null
      orderId = parcel?.order?.id
    }
    if (!orderId) return new StepResponse([] as string[])
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "locale", "is_draft_order"],
      filters: { id: orderId },
    })
    if (!order?.email || (order as any).is_draft_order) {
      return new StepResponse([] as string[])
    }
    const storefront = process.env.STOREFRONT_URL || "http://localhost:3000"
    try {
      const sent = await container
        .resolve(Modules.NOTIFICATION)
        .createNotifications([
          {
            to: order.email,
            channel: "email",
            template: SHOPPER_ORDER_TEMPLATES[input.step],
            trigger_type: {
              placed: "order.placed",
              shipped: "shipment.created",
              delivered: "delivery.created",
            }[input.step],
            resource_id: order.id,
            resource_type: "order",
            idempotency_key: `ocop-shopper-${input.step}-${order.id}-${parcel?.id ?? ""}`,
            data: {
              step: input.step,
              // The language the shopper bought in ("en-US"); Vietnamese otherwise.
              locale: (order as any).locale ?? "vi-VN",
              order_id: order.id,
              order_number: order.display_id,
              carrier: (parcel?.metadata?.carrier as string | undefined) ?? null,
              tracking_number: parcel?.labels?.[0]?.tracking_number ?? null,
              tracking_url: parcel?.labels?.[0]?.tracking_url || null,
              // Any browser finds the order there with its number and this e-mail.
              lookup_url: `${storefront}/orders/lookup`,
            },
          },
        ])
      return new StepResponse(sent.map((s) => s.id))
    } catch (error) {
      logger.error(`OCOP: the shopper could not be told of order ${order.id} (${input.step}): ${error}`)
      return new StepResponse([] as string[])
    }
  }
)
