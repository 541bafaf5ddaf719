import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../i18n"
import { authHeaders, postKeepingRefusal, sdk, STORE_API_LOCALE } from "../medusa.server"
import { nullOn404 } from "./not-found.server"

const CART_FIELDS =
  "id,email,currency_code,region_id,customer_id,completed_at,metadata,total,subtotal,item_total,item_subtotal,shipping_total,tax_total,discount_total,shipping_address.*,billing_address.*,shipping_methods.*,*items,items.variant.id,items.variant.sku,items.product.id,items.product.handle,items.product.thumbnail,payment_collection.*,payment_collection.payment_sessions.*,promotions.id,promotions.code,promotions.is_automatic"

export type Cart = HttpTypes.StoreCart

/** The cart, or null when it is unknown or already turned into an order. */
export async function retrieveCart(cartId: string, token?: string | null): Promise<Cart | null> {
  const cart = await nullOn404(async () => {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }, authHeaders(token))
    return cart
  })
  return cart && !cart.completed_at ? cart : null
}

/**
 * A new cart in the shopper's language: Medusa names its lines and delivery options
 * from the Translation Module in the cart's `locale`.
 */
export async function createCart(regionId: string, locale: Locale, token?: string | null): Promise<Cart> {
  const { cart } = await sdk.store.cart.create(
    { region_id: regionId, locale: STORE_API_LOCALE[locale] },
    { fields: CART_FIELDS },
    authHeaders(token)
  )
  return cart
}

export async function addLineItem(cartId: string, variantId: string, quantity: number, token?: string | null) {
  const { cart } = await sdk.store.cart.createLineItem(
    cartId,
    { variant_id: variantId, quantity },
    { fields: CART_FIELDS },
    authHeaders(token)
  )
  return cart
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number, token?: string | null) {
  const { cart } = await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: CART_FIELDS }, authHeaders(token))
  return cart
}

export async function deleteLineItem(cartId: string, lineId: string, token?: string | null) {
  await sdk.store.cart.deleteLineItem(cartId, lineId, {}, authHeaders(token))
}

/** POST /store/carts/:id/promotions: adds a code; an unknown one is a 400 naming it. */
export async function addPromoCode(cartId: string, code: string, token?: string | null) {
  const { cart } = await sdk.store.cart.addPromotions(cartId, { promo_codes: [code] }, { fields: CART_FIELDS }, authHeaders(token))
  return cart
}

/** DELETE /store/carts/:id/promotions: takes a code off the cart. */
export async function removePromoCode(cartId: string, code: string, token?: string | null) {
  const { cart } = await sdk.store.cart.removePromotions(cartId, { promo_codes: [code] }, { fields: CART_FIELDS }, authHeaders(token))
  return cart
}

export async function updateCart(cartId: string, body: HttpTypes.StoreUpdateCart, token?: string | null) {
  const { cart } = await sdk.store.cart.update(cartId, body, { fields: CART_FIELDS }, authHeaders(token))
  return cart
}

// A pickup option's fulfillment set is of type "pickup" and belongs to the sales point's
// stock location, whose address the shopper needs (click & collect).
const SHIPPING_OPTION_FIELDS =
  "+service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.*,+service_zone.fulfillment_set.location.address.*"

export type ShippingOption = HttpTypes.StoreCartShippingOption & {
  /** A carrier-priced option (GHN, GHTK): its fee, or why the carrier gave none. */
  carrier_quote?: { expected_delivery_at: string | null } | { unavailable: string }
  service_zone?: {
    fulfillment_set?: {
      type?: string
      location?: { id: string; name?: string; address?: HttpTypes.StoreCartAddress | null } | null
    } | null
  } | null
}

/**
 * Shipping options available to the cart (GET /store/shipping-options?cart_id=),
 * cheapest first: the store API gives no order, and the first one is preselected.
 */
export async function listShippingOptions(cartId: string, token?: string | null): Promise<ShippingOption[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions(
    { cart_id: cartId, fields: SHIPPING_OPTION_FIELDS } as { cart_id: string },
    authHeaders(token)
  )
  const priced = await Promise.all(
    (shipping_options as ShippingOption[]).map((o) => (o.price_type === "calculated" ? quoteOption(o, cartId, token) : o))
  )
  return priced.sort(
    (a, b) => (a.amount ?? 0) - (b.amount ?? 0) || a.name.localeCompare(b.name, "vi")
  )
}

/**
 * A carrier's fee for this cart (POST /store/shipping-options/:id/calculate). The
 * backend answers 400 with a reason when the carrier is silent or cannot serve the
 * address: the option is then shown unavailable, never priced at 0.
 */
async function quoteOption(option: ShippingOption, cartId: string, token?: string | null): Promise<ShippingOption> {
  try {
    const { shipping_option } = await sdk.store.fulfillment.calculate(option.id, { cart_id: cartId }, {}, authHeaders(token))
    const quote = (shipping_option as { calculated_price?: { expected_delivery_at?: string | null } }).calculated_price
    return { ...option, amount: shipping_option.amount, carrier_quote: { expected_delivery_at: quote?.expected_delivery_at ?? null } }
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) return { ...option, carrier_quote: { unavailable: error.message } }
    throw error
  }
}

export async function addShippingMethod(cartId: string, optionId: string, token?: string | null) {
  const { cart } = await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: CART_FIELDS }, authHeaders(token))
  return cart
}

/** The payment providers the region offers (GET /store/payment-providers). */
export async function listPaymentProviders(regionId: string, token?: string | null) {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId }, authHeaders(token))
  return payment_providers
}

/** Creates the payment collection and a session with the given provider. */
export async function initiatePaymentSession(cart: Cart, providerId: string, token?: string | null) {
  return sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, authHeaders(token))
}

export type CompleteCartResult =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: Cart; error: { message: string; name?: string; type?: string } }

export async function completeCart(cartId: string, token?: string | null): Promise<CompleteCartResult> {
  // Its stock refusal names the lines short at each place (ApiRefusal's body).
  return postKeepingRefusal<CompleteCartResult>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {}, authHeaders(token))
}

/** Gives a guest cart to the customer who just signed in. */
export async function transferCart(cartId: string, token: string) {
  const { cart } = await sdk.store.cart.transferCart(cartId, {}, authHeaders(token))
  return cart
}
