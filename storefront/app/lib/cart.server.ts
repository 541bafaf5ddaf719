import { createCart, retrieveCart, type Cart } from "./data/carts.server"
import { getVietnamRegion } from "./data/regions.server"
import type { Locale } from "./i18n"
import type { ShopSession } from "./session.server"

/** The session's open cart, or null. A completed or unknown cart is forgotten. */
export async function getSessionCart(session: ShopSession): Promise<Cart | null> {
  const id = session.get("cartId")
  if (!id) return null
  const cart = await retrieveCart(id, session.get("customerToken"))
  if (!cart) {
    session.unset("cartId")
    session.set("cartCount", 0)
  }
  return cart
}

/** The open cart, created in the Việt Nam region when there is none yet. */
export async function getOrCreateSessionCart(session: ShopSession, locale: Locale): Promise<Cart> {
  const existing = await getSessionCart(session)
  if (existing) return existing
  const region = await getVietnamRegion()
  const cart = await createCart(region.id, locale, session.get("customerToken"))
  session.set("cartId", cart.id)
  return cart
}

export function itemCount(cart: Pick<Cart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}
