import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { producerShipsAttribute } from "../create-producer-locations"
import {
  DEFAULT_PROFILE_HOLDS_ATTRIBUTE,
  producerHoldsAttribute,
} from "../steps/plan-producer-shipping-options"

/**
 * The shipping-options context of a cart: `ocop_holds_<producer>` = "true" for each
 * producer whose goods are in the cart (its profile's copies of the pickups and
 * warehouse deliveries require it), and `ocop_ships_<producer>` = "true" when its
 * premises also hold enough of them (its own delivery requires it). So a cart lists
 * only the options of the producers whose goods it holds, not every producer's.
 * `ocop_holds_default` = "true" when it holds goods to ship of the default profile
 * (goods of no producer): that profile's options require it.
 */
export async function producerShippingContext(
  container: MedusaContainer,
  cartId: string
): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "items.quantity",
      "items.requires_shipping",
      "items.variant.product.shipping_profile.type",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.product.producer.id",
      "items.variant.product.producer.stock_location.id",
    ],
    filters: { id: cartId },
  })
  const items = (data[0] as any)?.items ?? []
  const context: Record<string, string> = {}
  for (const item of items) {
    const producerId = item.variant?.product?.producer?.id
    if (producerId) context[producerHoldsAttribute(producerId)] = "true"
    if (
      item.requires_shipping &&
      item.variant?.product?.shipping_profile?.type === "default"
    )
      context[DEFAULT_PROFILE_HOLDS_ATTRIBUTE] = "true"
  }
  const needs = items.flatMap((item: any) => {
    const producer = item.variant?.product?.producer
    if (!producer?.stock_location?.id) return []
    return (item.variant?.inventory_items ?? []).map((l: any) => ({
      producer_id: producer.id as string,
      location_id: producer.stock_location.id as string,
      inventory_item_id: l.inventory_item_id as string,
      quantity: Number(l.required_quantity ?? 1) * Number(item.quantity),
    }))
  })
  if (!needs.length) return context
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: [
        ...new Set<string>(needs.map((n: any) => n.inventory_item_id)),
      ],
      location_id: [...new Set<string>(needs.map((n: any) => n.location_id))],
    })
  const available = (n: any) => {
    const level = levels.find(
      (l) =>
        l.inventory_item_id === n.inventory_item_id &&
        l.location_id === n.location_id
    )
    return (
      Number(level?.stocked_quantity ?? 0) -
      Number(level?.reserved_quantity ?? 0)
    )
  }
  for (const producerId of new Set<string>(
    needs.map((n: any) => n.producer_id)
  )) {
    const own = needs.filter((n: any) => n.producer_id === producerId)
    if (own.every((n: any) => available(n) >= n.quantity))
      context[producerShipsAttribute(producerId)] = "true"
  }
  return context
}

// Both listings must agree: adding a shipping method validates the option through
// the priced one.
listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(
  async ({ cart }, { container }) =>
    new StepResponse(await producerShippingContext(container, (cart as any).id))
)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(
  async ({ cart }, { container }) =>
    new StepResponse(await producerShippingContext(container, (cart as any).id))
)
