import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { CASH_ON_DELIVERY_PROVIDER } from "../subscribers/capture-cash-on-delivery"

/**
 * What the courier must collect for an order's next parcel: the uncaptured part of
 * its cash on delivery payments, less what parcels already handed to a carrier will
 * collect (an order split into parcels is collected once, by the first); 0 when the
 * order was paid another way (VietQR, card).
 */
export async function codAmountDue(
  query: Omit<RemoteQueryFunction, symbol>,
  orderId: string
) {
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "fulfillments.data",
      "fulfillments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  const payments = (order?.payment_collections ?? []).flatMap(
    (c: any) => c?.payments ?? []
  )
  const onTheirWay = (order?.fulfillments ?? [])
    .filter((f: any) => f && !f.canceled_at)
    .reduce((sum: number, f: any) => sum + (Number(f.data?.cod_amount) || 0), 0)
  const due = payments
    .filter(
      (p: any) => p?.provider_id === CASH_ON_DELIVERY_PROVIDER && !p.canceled_at
    )
    .reduce((due: number, p: any) => {
      const captured = (p.captures ?? []).reduce(
        (s: number, c: any) => s + Number(c.amount ?? 0),
        0
      )
      return due + Math.max(0, Number(p.amount ?? 0) - captured)
    }, 0)
  return Math.max(0, due - onTheirWay)
}
