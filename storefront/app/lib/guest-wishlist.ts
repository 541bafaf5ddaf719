// A guest's wishlist, kept in the browser (localStorage) until the guest signs in, when
// WishlistSync hands it to the customer's list on the server and empties it here.

import { GUEST_WISHLIST_KEY as KEY } from "./guest-wishlist-key"

// As many as the store API's merge takes in one request.
export const GUEST_WISHLIST_MAX = 100
const EMPTY: string[] = []
const listeners = new Set<() => void>()
let cached: { raw: string | null; ids: string[] } = { raw: null, ids: EMPTY }

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage
  } catch {
    return null // storage blocked by the browser's privacy settings
  }
}

/** The product ids on the guest's list (same array while unchanged, for useSyncExternalStore). */
export function guestWishlist(): string[] {
  const raw = storage()?.getItem(KEY) ?? null
  if (raw === cached.raw) return cached.ids
  let ids: string[] = EMPTY
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : []
    // Whatever another script left there: keep only product ids.
    if (Array.isArray(parsed)) ids = parsed.filter((id): id is string => typeof id === "string" && /^prod_\w+$/.test(id))
  } catch {
    ids = EMPTY
  }
  cached = { raw, ids }
  return ids
}

function save(ids: string[]) {
  const store = storage()
  if (!store) return
  if (ids.length) store.setItem(KEY, JSON.stringify(ids.slice(0, GUEST_WISHLIST_MAX)))
  else store.removeItem(KEY)
  listeners.forEach((listener) => listener())
}

/** Hearts or un-hearts a product on the guest's list, the latest first. */
export function toggleGuestWishlist(productId: string) {
  const ids = guestWishlist()
  save(ids.includes(productId) ? ids.filter((id) => id !== productId) : [productId, ...ids])
}

export function clearGuestWishlist() {
  save([])
}

export function subscribeGuestWishlist(listener: () => void) {
  listeners.add(listener)
  // Another tab of the shop changed the list.
  const onStorage = (event: StorageEvent) => event.key === KEY && listener()
  window.addEventListener("storage", onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", onStorage)
  }
}

export const noGuestWishlist = () => EMPTY
