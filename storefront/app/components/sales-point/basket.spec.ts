import { describe, expect, it } from "vitest"
import { addToBasket, applyQuantities, outOfStockLines } from "./basket"

const tuong = { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g" }
const mam = { variant_id: "variant_mam", product_id: "prod_mam", product_title: "Mắm cá linh", variant_title: null }

describe("the counter basket", () => {
  it("adds a product once and counts it up when it is added again", () => {
    const lines = addToBasket(addToBasket(addToBasket([], tuong), mam), tuong)
    expect(lines.map((l) => [l.variant_id, l.quantity])).toEqual([
      ["variant_tuong", 2],
      ["variant_mam", 1],
    ])
  })

  it("takes the typed quantities and keeps (and names) a line whose quantity is not a whole number from 1", () => {
    const form = new FormData()
    form.set("qty.variant_tuong", "3")
    form.set("qty.variant_mam", "-1")
    const { lines, invalid } = applyQuantities([{ ...tuong, quantity: 1 }, { ...mam, quantity: 2 }], form)
    expect(lines.map((l) => l.quantity)).toEqual([3, 2])
    expect(invalid).toEqual(["variant_mam"])
  })

  it("marks the basket lines a stock refusal names, with what is left and what was asked, whatever their titles hold", () => {
    // A title with quotes of its own, which no reading of the message could have told apart.
    const quoted = { ...tuong, product_title: 'Tương "Thanh Hồ" xay' }
    const lines = [
      { ...mam, quantity: 1 },
      { ...quoted, quantity: 4 },
    ]
    const short = (variant_id: string | null, available: number, needed: number) => ({ variant_id, location_id: "sloc_a", available, needed, expired: 0 })
    expect(outOfStockLines([short("variant_tuong", 3, 4)], lines)).toEqual({ variant_tuong: { available: 3, needed: 4 } })
    // Lines the basket no longer holds, and items moved without a pack, mark nothing.
    expect(outOfStockLines([short("variant_other", 0, 1), short(null, 0, 2)], lines)).toEqual({})
    expect(outOfStockLines([], lines)).toEqual({})
  })
})
