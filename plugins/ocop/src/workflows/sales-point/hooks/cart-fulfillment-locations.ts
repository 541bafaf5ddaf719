import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PICKUP_FULFILLMENT_SET_TYPE } from "../create-sales-point-pickups"
import { OutOfStockError } from "../out-of-stock-error"

// Medusa 2.21's cart completion reserves each line at the first stock location of the
// cart's sales channel that has enough (core prepareConfirmInventoryInput +
// reserveInventoryStep): it never looks at the chosen shipping option. Once the online
// channel also reaches the sales points (click & collect), that first location could
// be any point. These helpers say where each line must be reserved instead: at the
// location of the fulfillment set of the shipping option chosen for it (the point for
// "Nhận tại …", the warehouse for delivery), except that a delivered line of a
// producer that declared stock at its own premises ships from there.

/** Units of one inventory item a cart needs at the location that fulfils it. */
export type LocatedNeed = {
  variant_id: string
  inventory_item_id: string
  quantity: number
  allow_backorder: boolean
  location_id: string
  location_name: string
  label: string
}

/** The cart's shipped, stock-managed lines as units needed at their fulfilment location. */
export async function locatedNeedsOfCart(
  container: MedusaContainer,
  cartId: string
): Promise<LocatedNeed[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "items.variant_id",
      "items.quantity",
      "items.requires_shipping",
      "items.product_title",
      "items.variant_title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.product.shipping_profile.id",
      "items.variant.product.producer.stock_location.id",
      "items.variant.product.producer.stock_location.name",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  const optionIds = (cart?.shipping_methods ?? [])
    .map((m: any) => m.shipping_option_id)
    .filter(Boolean)
  if (!optionIds.length) return []
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "shipping_profile_id",
      "service_zone.fulfillment_set.type",
      "service_zone.fulfillment_set.location.id",
      "service_zone.fulfillment_set.location.name",
    ],
    filters: { id: optionIds },
  })
  const premisesOf = (item: any) =>
    item.variant?.product?.producer?.stock_location
  const declared = await producerDeclaredItems(
    container,
    (cart.items ?? []).flatMap((item: any) => {
      const premises = premisesOf(item)
      return premises?.id
        ? (item.variant?.inventory_items ?? []).map((l: any) => ({
            inventory_item_id: l.inventory_item_id,
            location_id: premises.id,
          }))
        : []
    })
  )
  const locationFor = (profileId: string | undefined) => {
    const option =
      (options as any[]).find((o) => o.shipping_profile_id === profileId) ??
      (options.length === 1 ? (options[0] as any) : undefined)
    return option?.service_zone?.fulfillment_set
  }
  return (cart.items ?? []).flatMap((item: any): LocatedNeed[] => {
    const variant = item.variant
    if (!item.requires_shipping || !variant?.manage_inventory) return []
    const set = locationFor(variant.product?.shipping_profile?.id)
    if (!set?.location?.id) return []
    const premises = premisesOf(item)
    return (variant.inventory_items ?? []).map((link: any) => {
      // Delivered goods the producer declared at its premises ship from there.
      const location =
        set.type !== PICKUP_FULFILLMENT_SET_TYPE &&
        premises?.id &&
        declared.has(`${link.inventory_item_id}@${premises.id}`)
          ? premises
          : set.location
      return {
        variant_id: item.variant_id,
        inventory_item_id: link.inventory_item_id,
        quantity: Number(link.required_quantity ?? 1) * Number(item.quantity),
        allow_backorder: !!variant.allow_backorder,
        location_id: location.id,
        location_name: location.name,
        label: [item.product_title, item.variant_title]
          .filter(Boolean)
          .join(" – "),
      }
    })
  })
}

/** `item@location` keys of the producers' premises that hold a level of the item. */
async function producerDeclaredItems(
  container: MedusaContainer,
  pairs: { inventory_item_id: string; location_id: string }[]
) {
  if (!pairs.length) return new Set<string>()
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: [...new Set(pairs.map((p) => p.inventory_item_id))],
      location_id: [...new Set(pairs.map((p) => p.location_id))],
    })
  return new Set(levels.map((l) => `${l.inventory_item_id}@${l.location_id}`))
}

/** Units of an inventory item wanted at a location; `allow_backorder` needs are never short. */
type StockNeed = Pick<
  LocatedNeed,
  "inventory_item_id" | "location_id" | "quantity" | "allow_backorder"
>

/**
 * The needs a location cannot meet from what is free there (stocked less reserved), each
 * given with the summed quantity of its item at its location: two lines may share one
 * inventory item (Medusa #16502). One read of the inventory levels for all of them.
 */
export async function shortfalls<N extends StockNeed>(
  container: MedusaContainer,
  needs: N[]
): Promise<(N & { available: number })[]> {
  const checked = needs.filter((n) => !n.allow_backorder)
  if (!checked.length) return []
  const summed = new Map<string, N>()
  for (const need of checked) {
    const key = `${need.inventory_item_id}@${need.location_id}`
    const seen = summed.get(key)
    summed.set(
      key,
      seen ? { ...seen, quantity: seen.quantity + need.quantity } : need
    )
  }
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: [...new Set(checked.map((n) => n.inventory_item_id))],
      location_id: [...new Set(checked.map((n) => n.location_id))],
    })
  return [...summed.values()].flatMap((need) => {
    const level = levels.find(
      (l) =>
        l.inventory_item_id === need.inventory_item_id &&
        l.location_id === need.location_id
    )
    const available = level
      ? Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
      : 0
    return !level || available < need.quantity
      ? [{ ...need, available: Math.max(available, 0) }]
      : []
  })
}

/**
 * Refuses, naming the location and the product, when a location lacks what is
 * `extra` there on top of its current reservations.
 */
export async function refuseShortfalls(
  container: MedusaContainer,
  extra: LocatedNeed[]
) {
  const short = await shortfalls(container, extra)
  const [need] = short
  if (need) {
    throw new OutOfStockError(
      `items: out of stock at ${need.location_name}: "${need.label}"`,
      short.map((n) => ({
        variant_id: n.variant_id,
        location_id: n.location_id,
        available: n.available,
        needed: n.quantity,
        expired: 0,
      }))
    )
  }
}
