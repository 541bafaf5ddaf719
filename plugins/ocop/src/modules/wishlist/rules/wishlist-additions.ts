// How many products one shopper's list holds: enough for any real list, small enough
// that a script cannot grow one without bound.
export const WISHLIST_MAX_ITEMS = 200

/**
 * The products to add to a list: each requested product once, in the order asked,
 * without those already on it. Throws when the list would grow past its limit.
 */
export function wishlistAdditions(
  requested: string[],
  onList: string[]
): string[] {
  const have = new Set(onList)
  const additions: string[] = []
  for (const id of requested) {
    if (have.has(id)) continue
    have.add(id)
    additions.push(id)
  }
  if (onList.length + additions.length > WISHLIST_MAX_ITEMS) {
    throw new WishlistFullError()
  }
  return additions
}

export class WishlistFullError extends Error {
  constructor() {
    super(`product_id: a wishlist holds at most ${WISHLIST_MAX_ITEMS} products`)
  }
}
