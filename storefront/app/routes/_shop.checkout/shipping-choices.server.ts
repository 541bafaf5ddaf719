import type { Locale } from "~/lib/i18n"
import type { CartShipment } from "~/lib/data/cart-shipments.server"
import type { Cart, ShippingOption } from "~/lib/data/carts.server"
import { listSalesPoints } from "~/lib/data/ocop-sales-points.server"
import { formatAddressLine, lineTitle } from "~/lib/format"

export type ShippingChoice = {
  id: string
  name: string
  amount: number
  /** Priced by a carrier (GHN, GHTK) rather than at a flat rate. */
  carrier: boolean
  /** A carrier's delivery estimate (ISO date), when it gave one. */
  estimate: string | null
  /** The carrier's reason when it could not price this cart: the option cannot be chosen. */
  unavailable: string | null
  /** Click & collect: where and when to collect; null for a delivery. */
  pickup: { point: string; locationId: string | null; address: string; hours: string | null } | null
  /**
   * A pickup point that lacks some of the shipment's goods today: those lines' titles. The
   * option cannot be chosen (completion would refuse it). Empty for every other option.
   */
  lacking: string[]
}

/** One shipment of the cart (a producer's goods), its lines and the options that can carry it. */
export type ShipmentChoices = {
  /** The shipment's shipping profile: its options are those of this profile. */
  key: string
  /** Whose goods these are; null for goods the shop ships itself. */
  producer: string | null
  lines: { title: string; quantity: number }[]
  options: ShippingChoice[]
  /** The option chosen so far (the cart's method), else the first (cheapest delivery). */
  preselected: string
}

export const isPickup = (option: ShippingOption) => option.service_zone?.fulfillment_set?.type === "pickup"

/**
 * Shipping options as the checkout shows them, deliveries before pickups. A pickup option
 * carries its sales point's address and opening hours (hours live on the OCOP sales point,
 * which is named like the option's stock location); without them the location's address
 * is shown.
 */
export async function shippingChoices(options: ShippingOption[], locale: Locale): Promise<ShippingChoice[]> {
  // Hours are a help, not a condition: the checkout still works if the points cannot be read.
  const points = options.some(isPickup) ? await listSalesPoints(locale).catch(() => []) : []
  // Deliveries first, so the preselected option (the first) is still the cheapest delivery;
  // the free pickups follow.
  // An option the carrier could not price goes last: it cannot be preselected.
  const unavailable = (o: ShippingOption) => Boolean(o.carrier_quote && "unavailable" in o.carrier_quote)
  const deliveries = options.filter((o) => !isPickup(o))
  const ordered = [
    ...deliveries.filter((o) => !unavailable(o)),
    ...options.filter(isPickup),
    ...deliveries.filter(unavailable),
  ]
  return ordered.map((o) => {
    const quote = o.carrier_quote
    const base = {
      id: o.id,
      name: o.name,
      amount: o.amount ?? 0,
      carrier: o.price_type === "calculated",
      estimate: quote && "expected_delivery_at" in quote ? quote.expected_delivery_at : null,
      unavailable: quote && "unavailable" in quote ? quote.unavailable : null,
      lacking: [],
    }
    if (!isPickup(o)) return { ...base, pickup: null }
    const location = o.service_zone?.fulfillment_set?.location
    const point = points.find((p) => p.name === location?.name || o.name.endsWith(` ${p.name}`))
    return {
      ...base,
      pickup: {
        point: point?.name ?? location?.name ?? o.name,
        locationId: location?.id ?? null,
        address: point?.address ?? formatAddressLine(location?.address ?? {}),
        hours: point?.opening_hours ?? null,
      },
    }
  })
}

/**
 * The cart's shipments as the checkout shows them: one per producer whose goods it holds,
 * each with its own options (Medusa keeps one shipping method, one fee, per shipment).
 */
export async function shipmentChoices(
  cart: Cart,
  shipments: CartShipment[],
  options: ShippingOption[],
  locale: Locale
): Promise<ShipmentChoices[]> {
  const choices = await shippingChoices(options, locale)
  const profileOf = new Map(options.map((o) => [o.id, o.shipping_profile_id]))
  const titleOf = new Map(
    (cart.items ?? []).map((i) => [i.id, lineTitle(i)])
  )
  return shipments.map((s) => {
    const shortAt = new Map(s.short_at_pickups.map((p) => [p.location_id, p.line_ids]))
    const own = choices
      .filter((c) => profileOf.get(c.id) === s.shipping_profile_id)
      .map((c) => {
        const short = c.pickup?.locationId ? shortAt.get(c.pickup.locationId) : undefined
        return short ? { ...c, lacking: short.map((id) => titleOf.get(id) ?? "") } : c
      })
    // A point lacking the goods goes last, with the options that cannot be chosen.
    const ordered = [...own.filter((o) => !o.lacking.length), ...own.filter((o) => o.lacking.length)]
    const selectable = (o: ShippingChoice) => !o.unavailable && !o.lacking.length
    const chosen = ordered.find((o) => o.id === s.shipping_option_id && selectable(o))
    return {
      key: s.shipping_profile_id,
      producer: s.producer?.name ?? null,
      lines: (cart.items ?? [])
        .filter((i) => s.line_ids.includes(i.id))
        .map((i) => ({ title: titleOf.get(i.id) ?? "", quantity: i.quantity })),
      options: ordered,
      preselected: chosen?.id ?? ordered.find(selectable)?.id ?? "",
    }
  })
}
