import type { OcopWishlist, OcopWishlistIds } from "../ocop-types"
import { authHeaders, localeHeaders, sdk } from "../medusa.server"
import type { Locale } from "../i18n"

/** GET /store/ocop/wishlist: the signed-in shopper's own list, with its products as cards. */
export async function getWishlist(token: string, locale: Locale): Promise<OcopWishlist> {
  const { wishlist } = await sdk.client.fetch<{ wishlist: OcopWishlist }>("/store/ocop/wishlist", {
    headers: { ...authHeaders(token), ...localeHeaders(locale) },
  })
  return wishlist
}

/** POST /store/ocop/wishlist/items: hearts one product; the list's ids afterwards. */
export async function addToWishlist(token: string, productId: string): Promise<OcopWishlistIds> {
  const { wishlist } = await sdk.client.fetch<{ wishlist: OcopWishlistIds }>("/store/ocop/wishlist/items", {
    method: "POST",
    body: { product_id: productId },
    headers: authHeaders(token),
  })
  return wishlist
}

/** DELETE /store/ocop/wishlist/items/:id: takes one product off the list. */
export async function removeFromWishlist(token: string, productId: string): Promise<OcopWishlistIds> {
  const { wishlist } = await sdk.client.fetch<{ wishlist: OcopWishlistIds }>(
    `/store/ocop/wishlist/items/${encodeURIComponent(productId)}`,
    { method: "DELETE", headers: authHeaders(token) }
  )
  return wishlist
}

/** POST /store/ocop/wishlist/merge: a guest's list (kept in the browser) joins the customer's. */
export async function mergeWishlist(token: string, productIds: string[]): Promise<OcopWishlistIds> {
  const { wishlist } = await sdk.client.fetch<{ wishlist: OcopWishlistIds }>("/store/ocop/wishlist/merge", {
    method: "POST",
    body: { product_ids: productIds },
    headers: authHeaders(token),
  })
  return wishlist
}

/**
 * The hearted ids every shop page shows for a signed-in shopper. A wishlist that cannot
 * be read (an expired session, a backend hiccup) must not break the page: no hearts.
 */
export async function wishlistIdsFor(token: string): Promise<string[]> {
  try {
    const { wishlist } = await sdk.client.fetch<{ wishlist: OcopWishlistIds }>("/store/ocop/wishlist/ids", {
      headers: authHeaders(token),
    })
    return wishlist.product_ids
  } catch {
    return []
  }
}
