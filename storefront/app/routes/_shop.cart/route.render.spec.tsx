// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import CartRoute from "./route"

const line = { id: "line_1", title: "Hộp 500 g", product_title: "Mật ong hoa tràm", quantity: 1, unit_price: 245000, total: 245000, requires_shipping: true, created_at: "2026-12-06T00:00:00Z" }

function renderCart(cart: Record<string, unknown>, freeShippingFrom: number | null, actionPromo: unknown = null) {
  const Stub = createRemixStub([
    {
      path: "/cart",
      Component: CartRoute,
      loader: () => json({ cart, locale: "vi", freeShippingFrom, notice: null }),
      action: () => json({ lineId: null, promo: actionPromo, result: {} }, { status: 400 }),
    },
  ])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/cart"]} />
    </LocaleContext.Provider>
  )
}

describe("cart page", () => {
  it("says how much more makes delivery free, shows the discount and the code in use", async () => {
    renderCart(
      {
        id: "cart_1",
        item_total: 245000,
        item_subtotal: 272000,
        discount_total: 27000,
        items: [line],
        promotions: [
          { id: "promo_1", code: "OCOP10", is_automatic: false },
          { id: "promo_2", code: "FREESHIP300K", is_automatic: true },
        ],
      },
      300000
    )
    expect(await screen.findByText("Mua thêm 55.000 ₫ để được miễn phí vận chuyển")).toBeTruthy()
    expect(screen.getByText("−27.000 ₫")).toBeTruthy()
    expect(screen.getByLabelText("Mã giảm giá")).toBeTruthy()
    expect(screen.getByRole("button", { name: "Bỏ mã OCOP10" })).toBeTruthy()
    // An automatic promotion is not a code the shopper can take off.
    expect(screen.queryByRole("button", { name: "Bỏ mã FREESHIP300K" })).toBeNull()
  })

  it("says delivery is free once the goods reach the threshold, and nothing without one", async () => {
    const { unmount } = renderCart({ id: "cart_1", item_total: 310000, items: [line], promotions: [] }, 300000)
    expect(await screen.findByText("Đơn hàng của bạn được miễn phí vận chuyển.")).toBeTruthy()
    unmount()
    renderCart({ id: "cart_1", item_total: 100000, items: [line], promotions: [] }, null)
    await screen.findByLabelText("Mã giảm giá")
    expect(screen.queryByText(/miễn phí vận chuyển/)).toBeNull()
  })
})
