import { describe, expect, it } from "vitest"
import { translate } from "./i18n"
import { en } from "./messages/en"
import { vi } from "./messages/vi"

describe("messages", () => {
  it("has an English text for every Vietnamese one, and none left empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const [key, text] of Object.entries(vi)) expect(text.trim(), key).not.toBe("")
    for (const [key, text] of Object.entries(en)) expect(typeof text === "function" || text.trim() !== "", key).toBe(true)
  })

  it("writes Vietnamese with its diacritics (no text typed without accents)", () => {
    expect(vi["checkout.cod"]).toBe("Thanh toán khi nhận hàng")
    expect(vi["product.expiredTitle"]).toBe("Chứng nhận OCOP đã hết hạn")
  })
})

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("vi", "stars.history", { stars: 4, year: 2022 })).toBe("Đã đạt 4 sao năm 2022")
    expect(translate("en", "stars.history", { stars: 4, year: 2022 })).toBe("Rated 4 stars in 2022")
  })

  it("counts in English and not in Vietnamese, which has no plural", () => {
    expect(translate("en", "catalog.count", { count: 1 })).toBe("1 product")
    expect(translate("en", "catalog.count", { count: 15 })).toBe("15 products")
    expect(translate("vi", "catalog.count", { count: 1 })).toBe("1 sản phẩm")
  })
})
