import { lazy, Suspense, useEffect, useState } from "react"
import { holdsGuestWishlist } from "~/lib/guest-wishlist-key"

// Loaded only when a signed-in customer's browser still holds a guest list: every shop
// page renders this, and almost none needs the merge (issue 18, JavaScript budget).
const WishlistSync = lazy(() =>
  import("./wishlist-sync").then((m) => ({ default: m.WishlistSync }))
)

/**
 * Once a guest who saved products signs in, loads WishlistSync, which hands the list
 * kept in this browser to the customer's list. Renders nothing.
 */
export function GuestWishlistHandOver({ signedIn }: { signedIn: boolean }) {
  const [held, setHeld] = useState(false)
  useEffect(() => {
    if (signedIn && holdsGuestWishlist()) setHeld(true)
  }, [signedIn])
  if (!held) return null
  return (
    <Suspense fallback={null}>
      <WishlistSync signedIn={signedIn} />
    </Suspense>
  )
}
