import type { OcopOrderShipments } from "./ocop-types"

export type TimelineStepKey = "placed" | "confirmed" | "packed" | "shipped" | "delivered" | "canceled"
export type TimelineStep = {
  key: TimelineStepKey
  done: boolean
  /** When it happened, when known. */
  at: string | null
  /** The carrier and tracking number of a shipped parcel. */
  carrier?: string | null
  tracking?: string | null
  /** A VietQR order is confirmed when its transfer arrives. */
  awaitingTransfer?: boolean
}

type OrderFacts = { created_at?: string | Date | null; status?: string | null }
type PaymentFacts = { kind: string | null; status: string }

const iso = (value: string | Date | null | undefined) =>
  value ? new Date(value).toISOString() : null
const earliest = (values: (string | null)[]) =>
  values.filter((v): v is string => !!v).sort()[0] ?? null
const latest = (values: (string | null)[]) =>
  values.filter((v): v is string => !!v).sort().at(-1) ?? null

/**
 * The steps of an order as the shopper lives them, from Medusa's order, payment and
 * fulfilments (GET /store/ocop/orders/:id/shipments): placed, confirmed (payment
 * promised on delivery, or a transfer or card received), packed, shipped with the
 * carrier and tracking number, delivered. A canceled order ends at "canceled".
 */
export function orderTimeline(order: OrderFacts, payment: PaymentFacts, shipments: OcopOrderShipments | null): TimelineStep[] {
  const parcels = shipments?.shipments ?? []
  const placed: TimelineStep = { key: "placed", done: true, at: iso(order.created_at) }
  if (order.status === "canceled") return [placed, { key: "canceled", done: true, at: null }]
  const paid = payment.status === "captured"
  // Cash on delivery is confirmed once promised; a transfer or card only once received.
  const confirmed = paid || (payment.kind !== "vietqr" && payment.status === "authorized")
  const shipped = parcels.filter((p) => p.shipped_at || p.delivered_at)
  const allDelivered = parcels.length > 0 && !(shipments?.awaiting.length ?? 0) && parcels.every((p) => p.delivered_at)
  const first = shipped[0]
  return [
    placed,
    {
      key: "confirmed",
      // A parcel on its way means the shop confirmed it, whatever the payment says.
      done: confirmed || parcels.length > 0,
      at: null,
      awaitingTransfer: payment.kind === "vietqr" && !paid && parcels.length === 0,
    },
    { key: "packed", done: parcels.length > 0, at: earliest(parcels.map((p) => p.packed_at)) },
    {
      key: "shipped",
      done: shipped.length > 0,
      at: earliest(shipped.map((p) => p.shipped_at)),
      carrier: first?.carrier ?? null,
      tracking: first?.tracking_number ?? null,
    },
    { key: "delivered", done: allDelivered, at: allDelivered ? latest(parcels.map((p) => p.delivered_at)) : null },
  ]
}
