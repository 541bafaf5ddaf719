import { describe, expect, it } from "vitest"
import { dongInWords } from "./amount-in-words"

describe("dongInWords", () => {
  it.each([
    [0, "Không đồng"],
    [10, "Mười đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [105, "Một trăm linh năm đồng"],
    [75000, "Bảy mươi lăm nghìn đồng"],
    [45000, "Bốn mươi lăm nghìn đồng"],
    [250500, "Hai trăm năm mươi nghìn năm trăm đồng"],
    [1005000, "Một triệu không trăm linh năm nghìn đồng"],
    [1000000, "Một triệu đồng"],
    [12345678, "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"],
    [2000000015, "Hai tỷ không trăm mười lăm đồng"],
    [1000000000000, "Một nghìn tỷ đồng"],
  ])("reads %i as %s", (amount, words) => {
    expect(dongInWords(amount)).toBe(words)
  })

  it("refuses fractions and negative amounts", () => {
    expect(() => dongInWords(1.5)).toThrow("amount")
    expect(() => dongInWords(-1)).toThrow("amount")
  })
})
