// What the provincial office does in Medusa Admin to offer a carrier (docs/carriers.md,
// "Running against the carriers' sandboxes"), done over the Admin API as the Admin's
// pages call it: enable the provider at the warehouse, then add a shipping option with
// calculated pricing in the warehouse's delivery zone of the default profile. The
// plugin copies it to every producer's profile (decision 402).
import { adminToken } from "./admin"
import { backendUrl } from "./browser"

const WAREHOUSE = "Kho OCOP Long Xuyên"

let token: Promise<string> | null = null

async function admin<T = any>(method: "GET" | "POST" | "DELETE", url: string, body?: unknown): Promise<T> {
  token ??= adminToken()
  const res = await fetch(`${backendUrl()}${url}`, {
    method,
    headers: { authorization: `Bearer ${await token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

export const adminApi = admin

export type CarrierOffer = {
  provider_id: "ghn_ghn" | "ghtk_ghtk"
  name: string
  code: string
  data: Record<string, unknown>
}

/** Enables the carrier at the warehouse and adds its calculated option; returns its id. */
export async function offerCarrier(offer: CarrierOffer): Promise<string> {
  const { stock_locations } = await admin(
    "GET",
    `/admin/stock-locations?name=${encodeURIComponent(WAREHOUSE)}&fields=id,*fulfillment_sets,*fulfillment_sets.service_zones`
  )
  const warehouse = stock_locations[0]
  if (!warehouse) throw new Error(`no stock location named ${WAREHOUSE}`)
  const zone = warehouse.fulfillment_sets.find((s: any) => s.type === "shipping")?.service_zones?.[0]
  await admin("POST", `/admin/stock-locations/${warehouse.id}/fulfillment-providers`, { add: [offer.provider_id] })
  const { shipping_profiles } = await admin("GET", "/admin/shipping-profiles?type=default&fields=id")
  const { shipping_option } = await admin("POST", "/admin/shipping-options", {
    name: offer.name,
    service_zone_id: zone.id,
    shipping_profile_id: shipping_profiles[0].id,
    provider_id: offer.provider_id,
    price_type: "calculated",
    type: { label: offer.name, description: offer.name, code: offer.code },
    data: offer.data,
    prices: [],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  return shipping_option.id
}

async function carrierOptions(providerId: string) {
  const { shipping_options } = await admin(
    "GET",
    "/admin/shipping-options?limit=500&fields=id,provider_id,shipping_profile_id"
  )
  return (shipping_options as { id: string; provider_id: string; shipping_profile_id: string }[]).filter(
    (o) => o.provider_id === providerId
  )
}

/**
 * Resolves once the carrier's option reaches the profile the product ships on (the
 * plugin's subscriber copies it after the option is created); rejects after `timeoutMs`.
 */
export async function carrierOfferedFor(productHandle: string, providerId: string, timeoutMs = 60_000) {
  const { products } = await admin(
    "GET",
    `/admin/products?handle=${encodeURIComponent(productHandle)}&fields=id,shipping_profile.id`
  )
  const profileId = products[0]?.shipping_profile?.id
  const started = Date.now()
  for (;;) {
    const offered = (await carrierOptions(providerId)).find((o) => o.shipping_profile_id === profileId)
    if (offered) return offered.id
    if (Date.now() - started > timeoutMs)
      throw new Error(`${providerId} did not reach the shipping profile of ${productHandle} within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Takes the carrier's options (and the producers' copies) off again: the next spec shops without them. */
export async function withdrawCarrier(providerId: string) {
  for (const option of await carrierOptions(providerId)) {
    await admin("DELETE", `/admin/shipping-options/${option.id}`)
  }
}
