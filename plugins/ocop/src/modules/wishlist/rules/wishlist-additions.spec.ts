import { describe, expect, it } from "vitest"
import {
  WISHLIST_MAX_ITEMS,
  WishlistFullError,
  wishlistAdditions,
} from "./wishlist-additions"

describe("wishlistAdditions", () => {
  it("adds each new product once, in the order asked", () => {
    expect(wishlistAdditions(["p3", "p1", "p3", "p2"], ["p1"])).toEqual([
      "p3",
      "p2",
    ])
  })

  it("adds nothing when every product is already on the list", () => {
    expect(wishlistAdditions(["p1"], ["p1", "p2"])).toEqual([])
  })

  it("refuses to grow a list past its limit", () => {
    const full = Array.from({ length: WISHLIST_MAX_ITEMS }, (_, i) => `p${i}`)
    expect(() => wishlistAdditions(["new"], full)).toThrow(WishlistFullError)
    expect(wishlistAdditions(["p0"], full)).toEqual([])
  })
})
