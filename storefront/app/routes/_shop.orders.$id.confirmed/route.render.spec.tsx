// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import OrderConfirmedRoute from "./route"

function confirmed(shippingMethods: { name: string }[]) {
  return {
    locale: "vi",
    signedIn: false,
    books: shippingMethods.length === 0,
    vouchers: [],
    payment: { kind: "cod", status: "authorized", vietqr: null },
    order: {
      id: "order_1",
      display_id: 31,
      status: "pending",
      created_at: "2026-12-01T03:00:00.000Z",
      email: "lan@example.com",
      items: [],
      shipping_address: null,
      shipping_methods: shippingMethods,
      item_total: 1050000,
      shipping_total: 0,
      total: 1050000,
    },
  }
}

function renderConfirmed(data: ReturnType<typeof confirmed>) {
  const Stub = createRemixStub([
    { path: "/orders/:id/confirmed", Component: OrderConfirmedRoute, loader: () => json(data) },
  ])
  return render(<Stub initialEntries={["/orders/order_1/confirmed"]} />)
}

describe("order confirmation", () => {
  it("tells an experience-only order to pay at the venue, with no delivery or shipping row", async () => {
    const { container } = renderConfirmed(confirmed([]))
    expect(
      await screen.findByText("Vui lòng chuẩn bị 1.050.000 ₫ để thanh toán khi đến nơi trải nghiệm.", { normalizer: (s) => s.replace(/\s/g, " ") })
    ).toBeTruthy()
    expect(container.textContent).not.toMatch(/người giao hàng|khi nhận hàng/)
    expect(screen.queryByText("Phí giao hàng")).toBeNull()
  })

  it("keeps cash on delivery for an order that ships", async () => {
    renderConfirmed(confirmed([{ name: "Giao hàng tiêu chuẩn" }]))
    expect(await screen.findByText(/để thanh toán khi nhận hàng\.$/)).toBeTruthy()
    expect(screen.getByText("Phí giao hàng")).toBeTruthy()
  })
})
