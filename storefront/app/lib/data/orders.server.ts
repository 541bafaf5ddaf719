import type { HttpTypes } from "@medusajs/types"
import { authHeaders, sdk } from "../medusa.server"
import { nullOn404 } from "./not-found.server"

const ORDER_FIELDS =
  "id,display_id,status,email,created_at,currency_code,total,subtotal,item_total,shipping_total,tax_total,customer_id,*items,items.product.handle,shipping_address.*,*shipping_methods,*payment_collections,payment_collections.payment_sessions.provider_id"

export type Order = HttpTypes.StoreOrder

/** GET /store/orders/:id, or null when unknown. */
export async function getOrder(orderId: string, token?: string | null): Promise<Order | null> {
  return nullOn404(async () => {
    const { order } = await sdk.store.order.retrieve(orderId, { fields: ORDER_FIELDS }, authHeaders(token))
    return order
  })
}

/** The signed-in customer's orders, newest first. */
export async function listOrders(token: string, { limit = 20, offset = 0 } = {}) {
  return sdk.store.order.list(
    { limit, offset, order: "-created_at", fields: "id,display_id,status,created_at,total,currency_code,*items" },
    authHeaders(token)
  )
}
