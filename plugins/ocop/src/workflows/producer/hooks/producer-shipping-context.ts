import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { producerShipsAttribute } from "../create-producer-locations"

/**
 * The shipping-options context of a cart: `ocop_ships_<producer>` = "true" for each
 * producer whose goods are in the cart and whose premises hold enough of them. Every
 * producer's delivery option requires its own attribute, so a cart lists only the
 * options of producers that can ship its goods (not every producer of the shop).
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
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.product.producer.id",
      "items.variant.product.producer.stock_location.id",
    ],
    filters: { id: cartId },
  })
  const needs = ((data[0] as any)?.items ?? []).flatMap((item: any) => {
    const producer = item.variant?.product?.producer
    if (!producer?.stock_location?.id) return []
    return (item.variant?.inventory_items ?? []).map((l: any) => ({
      producer_id: producer.id as string,
      location_id: producer.stock_location.id as string,
      inventory_item_id: l.inventory_item_id as string,
      quantity: Number(l.required_quantity ?? 1) * Number(item.quantity),
    }))
  })
  if (!needs.length) return {}
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
  const context: Record<string, string> = {}
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
