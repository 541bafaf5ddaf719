// Where a guest's wishlist is kept (localStorage), on its own so the shop layout can
// tell whether there is one without loading the list's code (guest-wishlist.ts).
export const GUEST_WISHLIST_KEY = "ocop.wishlist"

/** Whether this browser holds a guest's wishlist (possibly empty or stale: the sync checks). */
export function holdsGuestWishlist(): boolean {
  try {
    return window.localStorage.getItem(GUEST_WISHLIST_KEY) !== null
  } catch {
    return false // storage blocked by the browser's privacy settings
  }
}
