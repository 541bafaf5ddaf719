import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"

export type ProducerOrderLine = {
  id: string
  quantity: number
  fulfilled_quantity: number
  requires_shipping: boolean
}

/**
 * The order with the lines of the producer's products only. An order without any
 * of them is reported exactly like a missing one (404), so ids reveal nothing.
 */
export async function producerOrderLinesOf(
  container: MedusaContainer,
  orderId: string,
  producerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "is_draft_order",
      "shipping_address.metadata",
      "shipping_methods.shipping_option_id",
      // The quantity is computed from the item's detail: asked for by name, it is absent.
      "items.*",
      "items.detail.*",
      "fulfillments.id",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
    ],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Order with id "${orderId}" was not found`
  )
  if (!order || order.is_draft_order) throw notFound
  const productIds = [
    ...new Set((order.items ?? []).map((i: any) => i.product_id).filter(Boolean)),
  ]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "producer.id"],
        filters: { id: productIds as string[] },
      })
    : { data: [] as any[] }
  const own = new Set(
    products
      .filter((p: any) => p.producer?.id === producerId)
      .map((p: any) => p.id)
  )
  const lines: ProducerOrderLine[] = (order.items ?? [])
    .filter((i: any) => own.has(i.product_id))
    .map((i: any) => ({
      id: i.id,
      quantity: MathBN.convert(i.detail?.quantity ?? i.quantity).toNumber(),
      fulfilled_quantity: MathBN.convert(
        i.detail?.fulfilled_quantity ?? i.fulfilled_quantity ?? 0
      ).toNumber(),
      requires_shipping: i.requires_shipping !== false,
    }))
  if (!lines.length) throw notFound
  return { order, lines }
}
