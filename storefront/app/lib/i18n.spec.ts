import { describe, expect, it } from "vitest"
import { translate } from "./i18n"
import { shopCustomerMessages } from "./messages/shop-customer"
import { shopProductMessages } from "./messages/shop-product"

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

  it("writes Vietnamese with its diacritics (no text typed without accents)", () => {
    expect(shopCustomerMessages.vi["checkout.cod"]).toBe("Thanh toán khi nhận hàng")
    expect(shopProductMessages.vi["product.expiredTitle"]).toBe("Chứng nhận OCOP đã hết hạn")
  })
})
