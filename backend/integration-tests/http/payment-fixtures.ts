import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StoreSetup } from "../../src/scripts/seed/store-setup"
import { storeHeaders } from "./fixtures"

export const RECONCILE_SECRET = "test-reconcile-secret"

/** The cheapest seeded variant with its VND price, to buy in a test. */
export async function pickVariant(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code"],
  })
  const priced = data
    .map((v: any) => ({
      id: v.id,
      price: v.prices?.find((p: any) => p.currency_code === "vnd")?.amount,
    }))
    .filter((v) => typeof v.price === "number")
    .sort((a, b) => a.price - b.price)
  return priced[0]!
}

/** A guest cart as the storefront builds it: one item, then (unless told not to) an address and the first delivery option. */
export async function cartToPay(
  api: any,
  store: StoreSetup,
  variantId: string,
  { shipping = true } = {}
) {
  const headers = storeHeaders(store)
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: store.regionId,
      email: "khach@example.vn",
      items: [{ variant_id: variantId, quantity: 1 }],
    },
    headers
  )
  const cartId: string = created.cart.id
  if (shipping) await shipToFirstOption(api, cartId, headers)
  return cartId
}

const LONG_XUYEN_ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0901234567",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Long Xuyên",
  province: "Tỉnh An Giang",
  country_code: "vn",
}

/**
 * Gives the cart a delivery address in Long Xuyên (or the one given) and, as the
 * checkout does, the first option listed for each of its shipments (one per producer).
 */
export async function shipToFirstOption(
  api: any,
  cartId: string,
  headers: { headers: Record<string, string> },
  address: Record<string, string> = LONG_XUYEN_ADDRESS
) {
  await api.post(`/store/carts/${cartId}`, { shipping_address: address }, headers)
  const [{ data: options }, { data: planned }] = await Promise.all([
    api.get(`/store/shipping-options?cart_id=${cartId}`, headers),
    api.get(`/store/ocop/carts/${cartId}/shipments`, headers),
  ])
  for (const shipment of planned.shipments) {
    const first = options.shipping_options.find(
      (o: any) => o.shipping_profile_id === shipment.shipping_profile_id
    )
    await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: first.id },
      headers
    )
  }
}

/** The cart's payment collection with a session of the given provider, as the provider made it. */
export async function openPaymentSession(
  api: any,
  store: StoreSetup,
  cartId: string,
  providerId: string
) {
  const headers = storeHeaders(store)
  const { data: collection } = await api.post(
    "/store/payment-collections",
    { cart_id: cartId },
    headers
  )
  const { data: withSession } = await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
  return withSession.payment_collection.payment_sessions.find(
    (s: any) => s.provider_id === providerId
  )
}

/** A guest order placed through the store API as the storefront places it; returns the order and its payment session. */
export async function placeOrder(
  api: any,
  store: StoreSetup,
  variantId: string,
  providerId: string
) {
  const cartId = await cartToPay(api, store, variantId)
  const session = await openPaymentSession(api, store, cartId, providerId)
  const { data: completed } = await api.post(
    `/store/carts/${cartId}/complete`,
    {},
    storeHeaders(store)
  )
  if (completed.type !== "order")
    throw new Error(`cart not completed: ${JSON.stringify(completed.error)}`)
  return { order: completed.order, session }
}

/** The order's payment status as the store API reports it, and its payments as the database holds them. */
export async function paymentsOf(
  api: any,
  store: StoreSetup,
  container: MedusaContainer,
  orderId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.raw_amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.data",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  // payment_status is computed by the order routes, not stored.
  const { data: shown } = await api.get(
    `/store/orders/${orderId}?fields=id,payment_status`,
    storeHeaders(store)
  )
  return {
    paymentStatus: shown.order.payment_status as string,
    payments: order.payment_collections.flatMap(
      (c: any) => c.payments
    ) as any[],
  }
}

export const reconcileHeaders = (secret = RECONCILE_SECRET) => ({
  headers: { "x-vietqr-reconcile-secret": secret },
})

/** Moves a wallet payment's window to pay into the past, as if the shopper had walked away 10 minutes ago. */
export async function lapseWalletPayment(container: MedusaContainer, paymentId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const [p] = await payments.listPayments({ id: [paymentId] }, { select: ["id", "data"] })
  await payments.updatePayment({
    id: paymentId,
    data: { ...p!.data, expires_at: new Date(Date.now() - 10 * 60_000).toISOString() },
  } as any)
}

/** The stock reservations an order's lines hold. */
export async function reservationsOfOrder(api: any, store: StoreSetup, container: MedusaContainer, orderId: string) {
  const { data } = await api.get(`/store/orders/${orderId}?fields=items.id`, storeHeaders(store))
  return container
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: data.order.items.map((i: any) => i.id) })
}
