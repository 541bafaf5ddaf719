import { useFetcher, useLocation } from "@remix-run/react"
import { useSyncExternalStore, type FormEvent } from "react"
import { guestWishlist, noGuestWishlist, subscribeGuestWishlist, toggleGuestWishlist } from "~/lib/guest-wishlist"
import { useT } from "~/lib/i18n"
import { useShopWishlistData } from "./shop-wishlist-data"

/**
 * The heart on a product card or page. A signed-in shopper's heart posts to
 * /account/wishlist (the server keeps the list); a guest's keeps the product in this
 * browser until sign-in. Without JavaScript the form still posts: a guest is asked to
 * sign in first, then comes back to the page.
 */
export function WishlistButton({ productId, title, withText = false }: { productId: string; title: string; withText?: boolean }) {
  const t = useT()
  const { signedIn, ids } = useShopWishlistData()
  const guestIds = useSyncExternalStore(subscribeGuestWishlist, guestWishlist, noGuestWishlist)
  const fetcher = useFetcher()
  const location = useLocation()
  const pending = fetcher.formData?.get("intent")
  const saved = pending ? pending === "add" : signedIn ? ids.includes(productId) : guestIds.includes(productId)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!signedIn) return toggleGuestWishlist(productId)
    fetcher.submit({ intent: saved ? "remove" : "add", productId }, { method: "post", action: "/account/wishlist" })
  }

  return (
    <form method="post" action="/account/wishlist" className={`wishlist-button${withText ? " wishlist-button--text" : ""}`} onSubmit={onSubmit}>
      <input type="hidden" name="intent" value={saved ? "remove" : "add"} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="wishlist-button__button" aria-pressed={saved} aria-label={t("wishlist.toggle", { title })}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path d="M12 20.5s-7.5-4.6-9.3-9.4C1.5 7.8 3.6 4.5 7 4.5c2 0 3.7 1.1 5 2.9 1.3-1.8 3-2.9 5-2.9 3.4 0 5.5 3.3 4.3 6.6-1.8 4.8-9.3 9.4-9.3 9.4z" />
        </svg>
        {withText ? <span aria-hidden="true">{t("account.wishlist")}</span> : null}
      </button>
    </form>
  )
}
