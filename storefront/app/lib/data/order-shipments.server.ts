import type { OcopOrderShipments } from "../ocop-types"
import { sdk } from "../medusa.server"
import { nullOn404 } from "./not-found.server"

export type OrderShipments = OcopOrderShipments

/** GET /store/ocop/orders/:id/shipments: where each parcel of the order is, or null when unknown. */
export async function getOrderShipments(orderId: string): Promise<OrderShipments | null> {
  return nullOn404(() => sdk.client.fetch<OrderShipments>(`/store/ocop/orders/${encodeURIComponent(orderId)}/shipments`))
}
