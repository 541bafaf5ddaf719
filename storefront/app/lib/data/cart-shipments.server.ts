import type { OcopCartShipments } from "../ocop-types"
import { authHeaders, sdk } from "../medusa.server"

export type CartShipment = OcopCartShipments["shipments"][number]

/**
 * GET /store/ocop/carts/:id/shipments: the cart's shipments, one per producer whose goods
 * it holds (each needs its own shipping option, of the same `shipping_profile_id`).
 */
export async function listCartShipments(cartId: string, token?: string | null): Promise<CartShipment[]> {
  const { shipments } = await sdk.client.fetch<OcopCartShipments>(`/store/ocop/carts/${encodeURIComponent(cartId)}/shipments`, {
    headers: authHeaders(token),
  })
  return shipments
}
