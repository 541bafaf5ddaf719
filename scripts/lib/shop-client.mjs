// A few calls to the store and admin APIs over plain fetch, shared by the
// production tests and the production benchmark.
import { DEMO_ADMIN } from "./demo.mjs"

/** @returns {Promise<{ status: number, body: any }>} status 0 never: a network failure throws. */
export async function call(base, method, url, { body, headers } = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A request that hangs is a finding too: it ends as an error after a minute.
    signal: AbortSignal.timeout(60_000),
  })
  const text = await res.text()
  let parsed = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed }
}

export async function ok(reply) {
  const { status, body } = await reply
  if (status >= 300) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`)
  return body
}

export async function adminHeaders(base) {
  const { token } = await ok(call(base, "POST", "/auth/user/emailpass", { body: DEMO_ADMIN }))
  return { authorization: `Bearer ${token}` }
}

/**
 * A guest cart ready to complete: one item, a Vietnamese address, the first
 * shipping option and a cash-on-delivery payment session. Each step goes to the
 * instance `pick(step)` names, so a cart can travel between instances. Carts filled
 * at the same time need different emails: Medusa creates the guest customer of a
 * new email, and two creations of one email at once refuse the second.
 * @param {{ publishableKey: string, variantId: string, pick: (step: number) => string, email?: string }} options
 */
export async function readyCart({ publishableKey, variantId, pick, email = "khach@ocop.test" }) {
  const headers = { "x-publishable-api-key": publishableKey }
  const { regions } = await ok(call(pick(0), "GET", "/store/regions", { headers }))
  const { cart } = await ok(
    call(pick(1), "POST", "/store/carts", {
      headers,
      body: { region_id: regions[0].id, email },
    })
  )
  await ok(
    call(pick(2), "POST", `/store/carts/${cart.id}/line-items`, {
      headers,
      body: { variant_id: variantId, quantity: 1 },
    })
  )
  await ok(
    call(pick(3), "POST", `/store/carts/${cart.id}`, {
      headers,
      body: {
        shipping_address: {
          first_name: "Lan",
          last_name: "Nguyễn",
          address_1: "12 Trần Hưng Đạo",
          city: "Long Xuyên",
          province: "An Giang",
          country_code: "vn",
          phone: "0912345678",
        },
      },
    })
  )
  const { shipping_options } = await ok(
    call(pick(4), "GET", `/store/shipping-options?cart_id=${cart.id}`, { headers })
  )
  await ok(
    call(pick(5), "POST", `/store/carts/${cart.id}/shipping-methods`, {
      headers,
      body: { option_id: shipping_options[0].id },
    })
  )
  const { payment_collection } = await ok(
    call(pick(6), "POST", "/store/payment-collections", { headers, body: { cart_id: cart.id } })
  )
  await ok(
    call(pick(7), "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      headers,
      body: { provider_id: "pp_system_default" },
    })
  )
  return { cartId: cart.id, headers }
}

/**
 * The variants of the first `limit` products that keep stock, each given enough
 * (100,000 at its first location) that every sale in a benchmark can succeed.
 */
export async function stockedVariants(base, limit) {
  const admin = await adminHeaders(base)
  const { products } = await ok(
    call(base, "GET", `/admin/products?limit=${limit}&fields=id,variants.id,variants.inventory_items.inventory_item_id`, { headers: admin })
  )
  const variants = products.flatMap((p) => p.variants).filter((v) => v.inventory_items?.length)
  for (const v of variants) {
    const item = v.inventory_items[0].inventory_item_id
    const { inventory_levels } = await ok(call(base, "GET", `/admin/inventory-items/${item}/location-levels`, { headers: admin }))
    await ok(
      call(base, "POST", `/admin/inventory-items/${item}/location-levels/${inventory_levels[0].location_id}`, {
        headers: admin,
        body: { stocked_quantity: 100_000 },
      })
    )
  }
  return variants
}
