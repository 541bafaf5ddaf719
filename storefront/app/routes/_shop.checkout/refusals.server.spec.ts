import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import type { Cart } from "~/lib/data/carts.server"
import { ApiRefusal } from "~/lib/medusa.server"
import { companyInvoiceRefusal, refusedOrder, refusalText, stockRefusalText } from "./refusals.server"
import type { ShippingChoice } from "./shipping-choices.server"

describe("the checkout's refusals", () => {
  it("are worded on the server in the page's language, for the page to show as they are", () => {
    expect(refusalText("vi", "carrierRefused")).toMatch(/^Đơn vị vận chuyển này không nhận giao/)
    expect(refusalText("en", "pointOutOfStock")).toMatch(/^This sales point has just run out/)
    expect(refusalText("vi", "cardReturnFailed")).toMatch(/^Ngân hàng chưa xác nhận thanh toán thẻ/)
  })

  it("name each line the stock ran short of, with what is left against what was ordered", () => {
    const lines = [
      { title: "Bánh hạnh nhân Tiến Anh · Hộp 500 g", available: 2, needed: 3 },
      { title: "Mắm cá linh", available: 0, needed: 1 },
    ]
    expect(stockRefusalText("vi", true, lines)).toBe(
      "Điểm bán này không còn đủ hàng: Bánh hạnh nhân Tiến Anh · Hộp 500 g (còn 2, bạn đặt 3); Mắm cá linh (còn 0, bạn đặt 1). Vui lòng giảm số lượng, chọn điểm nhận khác hoặc giao hàng tận nơi."
    )
    expect(stockRefusalText("en", false, lines.slice(1))).toBe("Not enough left: Mắm cá linh (0 left, you ordered 1). Please lower the quantity in your cart.")
    // Known short before completing (the point's stock read with the cart): named without figures.
    expect(stockRefusalText("vi", true, [{ title: "Mắm cá linh" }])).toBe(
      "Điểm bán này không còn đủ hàng: Mắm cá linh. Vui lòng giảm số lượng, chọn điểm nhận khác hoặc giao hàng tận nơi."
    )
    // No line it can name (a line no longer in the cart): the general words.
    expect(stockRefusalText("vi", true, [])).toBe(refusalText("vi", "pointOutOfStock"))
    expect(stockRefusalText("en", false, [])).toBe(refusalText("en", "outOfStock"))
  })

  it("name what is wrong with each company-invoice field the backend refuses", () => {
    expect(companyInvoiceRefusal("vi", "taxCode")).toMatch(/^Mã số thuế gồm 10 số/)
    expect(companyInvoiceRefusal("en", "companyName")).toBe("Enter the company's name.")
    expect(companyInvoiceRefusal("en", "invoiceEmail")).toBe("Enter a valid e-mail for the invoice.")
  })

  it("put a completion's stock refusal under the chosen pickup it names, with each line's figures, else on the form", () => {
    const option = (id: string, locationId: string | null): ShippingChoice => ({
      id,
      name: id,
      amount: 0,
      carrier: false,
      estimate: null,
      unavailable: null,
      pickup: locationId ? { point: "Trung tâm OCOP Long Xuyên", locationId, address: "", hours: null } : null,
      lacking: [],
    })
    const chosen = [option("so_delivery", null), option("so_pickup", "sloc_point")]
    const cart = { items: [{ variant_id: "variant_tra", product_title: "Trà sâm", variant_title: "Hộp 25 túi lọc", title: "Hộp 25 túi lọc" }] } as unknown as Cart
    const refusal = (location_id: string) =>
      new ApiRefusal("items: out of stock at …", "Bad Request", 400, {
        code: "ocop_out_of_stock",
        shortfalls: [{ variant_id: "variant_tra", location_id, available: 1, needed: 2, expired: 0 }],
      })
    expect(refusedOrder(refusal("sloc_point"), chosen, cart, "vi")).toEqual({
      field: "shippingOptionIds[1]",
      message: "Điểm bán này không còn đủ hàng: Trà sâm · Hộp 25 túi lọc (còn 1, bạn đặt 2). Vui lòng giảm số lượng, chọn điểm nhận khác hoặc giao hàng tận nơi.",
    })
    // Short at the warehouse that delivers: on the form.
    expect(refusedOrder(refusal("sloc_warehouse"), chosen, cart, "en")).toEqual({
      field: null,
      message: "Not enough left: Trà sâm · Hộp 25 túi lọc (1 left, you ordered 2). Please lower the quantity in your cart.",
    })
    // Any other refusal, or one whose body was not kept: the general words, on the form.
    expect(refusedOrder(new FetchError("items: out of stock at …", "Bad Request", 400), chosen, cart, "vi")).toEqual({
      field: null,
      message: refusalText("vi", "orderRefused"),
    })
  })
})
