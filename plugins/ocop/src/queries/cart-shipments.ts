import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shortfalls } from "../workflows/sales-point/hooks/cart-fulfillment-locations"
import { PICKUP_FULFILLMENT_SET_TYPE } from "../workflows/sales-point/create-sales-point-pickups"
import type { OcopCartShipments } from "../types/store"

type Shipment = OcopCartShipments["shipments"][number]

/**
 * How a cart's goods ship: one shipment per shipping profile of the lines that ship (a
 * producer's goods are one shipment, decision 402), with its lines, its producer, and the
 * pickup points that cannot hand its lines over today (completion would refuse them with
 * "out of stock at <point>", so the checkout marks them instead of letting the shopper
 * find out on "Đặt hàng"). Null when the cart does not exist or is completed.
 */
export async function cartShipments(
  container: MedusaContainer,
  cartId: string
): Promise<Shipment[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "items.id",
      "items.quantity",
      "items.requires_shipping",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.product.shipping_profile.id",
      "items.variant.product.producer.id",
      "items.variant.product.producer.handle",
      "items.variant.product.producer.name",
      "shipping_methods.shipping_option_id",
      "shipping_methods.shipping_option.shipping_profile_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart || cart.completed_at) return null
  const shipments: Shipment[] = []
  for (const item of cart.items ?? []) {
    const profileId = item?.requires_shipping
      ? item.variant?.product?.shipping_profile?.id
      : undefined
    if (!profileId) continue
    let shipment = shipments.find((s) => s.shipping_profile_id === profileId)
    if (!shipment) {
      const producer = item.variant?.product?.producer
      shipment = {
        shipping_profile_id: profileId,
        producer: producer
          ? { id: producer.id, handle: producer.handle, name: producer.name }
          : null,
        line_ids: [],
        shipping_option_id:
          (cart.shipping_methods ?? []).find(
            (m: any) => m?.shipping_option?.shipping_profile_id === profileId
          )?.shipping_option_id ?? null,
        short_at_pickups: [],
      }
      shipments.push(shipment)
    }
    shipment.line_ids.push(item.id)
  }
  await markShortPickups(container, cart.items ?? [], shipments)
  return shipments
}

/** Fills each shipment's `short_at_pickups`: the points lacking one of its lines, and which. */
async function markShortPickups(
  container: MedusaContainer,
  items: any[],
  shipments: Shipment[]
) {
  const stocked = items.filter(
    (i) => i?.requires_shipping && i.variant?.manage_inventory
  )
  if (!stocked.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sets } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id", "location.id"],
    filters: { type: PICKUP_FULFILLMENT_SET_TYPE },
  })
  const locations = [
    ...new Set(
      (sets as any[]).map((s) => s.location?.id).filter(Boolean) as string[]
    ),
  ]
  if (!locations.length) return
  const needs = locations.flatMap((location_id) =>
    stocked.flatMap((item) =>
      (item.variant.inventory_items ?? []).map((link: any) => ({
        inventory_item_id: link.inventory_item_id as string,
        quantity: Number(link.required_quantity ?? 1) * Number(item.quantity),
        allow_backorder: !!item.variant.allow_backorder,
        location_id,
      }))
    )
  )
  // Lines of one inventory item are summed per location, as completion sums them, so
  // a point is short of an item: every line holding that item is then a lacking line.
  const short = await shortfalls(container, needs)
  const holds = (item: any, shortItems: Set<string>) =>
    (item.variant?.inventory_items ?? []).some((l: any) => shortItems.has(l.inventory_item_id))
  for (const location_id of locations) {
    const shortItems = new Set(
      short.filter((n) => n.location_id === location_id).map((n) => n.inventory_item_id)
    )
    if (!shortItems.size) continue
    for (const shipment of shipments) {
      const lines = items
        .filter((i) => shipment.line_ids.includes(i.id) && holds(i, shortItems))
        .map((i) => i.id as string)
      if (lines.length) shipment.short_at_pickups.push({ location_id, line_ids: lines })
    }
  }
}
