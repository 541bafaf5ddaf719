import { describe, expect, it } from "vitest"
import { variantLabel } from "~/components/sales-point/variant-label"
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

  it("finds the short line in the API's out-of-stock refusal, with what is left and what was asked", () => {
    const message = 'items: out of stock at this sales point: "Tương xay Thanh Hồ (Hũ 500 g)" has 3 available, 4 needed'
    const lines = [
      { ...mam, quantity: 1 },
      { ...tuong, quantity: 4 },
    ]
    expect(outOfStockLines(message, lines, variantLabel)).toEqual({ variant_tuong: { available: 3, needed: 4 } })
    expect(outOfStockLines("items: something else", lines, variantLabel)).toEqual({})
  })
})
