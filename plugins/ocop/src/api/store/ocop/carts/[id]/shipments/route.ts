import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartShipments } from "../../../../../../queries/cart-shipments"
import type { OcopCartShipments } from "../../../../../../types/store"

/**
 * How a cart's goods ship, for the checkout (`queries/cart-shipments.ts`). The checkout
 * asks one shipping option per shipment, among the cart's options (GET
 * /store/shipping-options) of the same `shipping_profile_id`, and marks the pickups a
 * shipment is short at. Like core's cart routes it answers anyone holding the cart id; a
 * completed cart is no longer a checkout (404).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const shipments = await cartShipments(req.scope, req.params.id)
  if (!shipments) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart ${req.params.id} was not found`
    )
  }
  res.json({ shipments } satisfies OcopCartShipments)
}
