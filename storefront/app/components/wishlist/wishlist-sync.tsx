import { useFetcher } from "@remix-run/react"
import { useEffect, useRef } from "react"
import { clearGuestWishlist, guestWishlist } from "~/lib/guest-wishlist"

/**
 * Once a guest signs in (or registers), hands the list kept in this browser to the
 * customer's list on the server, then empties it here. Renders nothing.
 */
export function WishlistSync({ signedIn }: { signedIn: boolean }) {
  const fetcher = useFetcher<{ ok?: boolean }>()
  const sent = useRef(false)
  useEffect(() => {
    if (!signedIn || sent.current) return
    const ids = guestWishlist()
    if (!ids.length) return
    sent.current = true
    fetcher.submit({ intent: "merge", productIds: ids.join(",") }, { method: "post", action: "/account/wishlist" })
  }, [signedIn, fetcher])
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) clearGuestWishlist()
  }, [fetcher.state, fetcher.data])
  return null
}
