import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../medusa.server"

export type OrderLookupResult =
  | { kind: "found"; orderId: string; accessToken: string }
  | { kind: "not_found" }
  | { kind: "too_many" }

/**
 * POST /store/ocop/orders/lookup: the order with this number and this phone or e-mail,
 * with a 30-minute pass to its page. The shopper's address travels in
 * X-Forwarded-For so the backend's per-address limit counts the shopper, not the
 * storefront (it reads it only behind OCOP_TRUSTED_PROXIES).
 */
export async function lookupOrder(number: number, contact: string, forwardedFor: string | null): Promise<OrderLookupResult> {
  try {
    const found = await sdk.client.fetch<{ order_id: string; access_token: string }>("/store/ocop/orders/lookup", {
      method: "POST",
      body: { number, contact },
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    })
    return { kind: "found", orderId: found.order_id, accessToken: found.access_token }
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return { kind: "not_found" }
    if (error instanceof FetchError && error.status === 429) return { kind: "too_many" }
    throw error
  }
}

/** POST /store/ocop/orders/access: the order a pass opens, or null when it ended or is not valid. */
export async function openOrderAccess(token: string): Promise<string | null> {
  try {
    const { order_id } = await sdk.client.fetch<{ order_id: string }>("/store/ocop/orders/access", {
      method: "POST",
      body: { token },
    })
    return order_id
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
