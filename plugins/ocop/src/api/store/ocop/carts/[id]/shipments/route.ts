import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OcopCartShipments } from "../../../../../../types/store"

/**
 * How a cart's goods ship, for the checkout: one shipment per shipping profile of the
 * lines that ship (a producer's goods are one shipment, decision 402), with its lines
 * and its producer. The checkout asks one shipping option per shipment, among the
 * cart's options (GET /store/shipping-options) of the same `shipping_profile_id`.
 * Like core's cart routes it answers anyone holding the cart id; a completed cart is
 * no longer a checkout (404).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "items.id",
      "items.requires_shipping",
      "items.variant.product.shipping_profile.id",
      "items.variant.product.producer.id",
      "items.variant.product.producer.handle",
      "items.variant.product.producer.name",
      "shipping_methods.shipping_option_id",
      "shipping_methods.shipping_option.shipping_profile_id",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0] as any
  if (!cart || cart.completed_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart ${req.params.id} was not found`
    )
  }
  const shipments: OcopCartShipments["shipments"] = []
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
      }
      shipments.push(shipment)
    }
    shipment.line_ids.push(item.id)
  }
  res.json({ shipments } satisfies OcopCartShipments)
}
