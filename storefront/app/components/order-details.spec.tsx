// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { OrderDetails } from "./order-details"

const payment = { kind: "cod" as const, status: "authorized", vietqr: null }

function order(shippingAddress: Record<string, unknown> | null, items: Record<string, unknown>[] = [], shippingMethods = [{ name: "Nhận tại Trung tâm OCOP Long Xuyên" }]) {
  return {
    id: "order_1",
    display_id: 12,
    status: "pending",
    created_at: "2026-11-27T03:00:00.000Z",
    items,
    shipping_address: shippingAddress,
    shipping_methods: shippingMethods,
    item_total: 120000,
    shipping_total: 0,
    total: 120000,
  } as any
}

function renderOrder(o: any) {
  const Stub = createRemixStub([{ path: "/", Component: () => <OrderDetails order={o} payment={payment} /> }])
  return render(<Stub />)
}

describe("order details", () => {
  it("says where a click & collect order is picked up, not where it is delivered", async () => {
    renderOrder(order({ first_name: "Lan", company: "Trung tâm OCOP Long Xuyên", address_1: "1 Lê Minh Ngươn", metadata: { pickup: true } }))
    expect(await screen.findByText("Nhận hàng tại điểm bán")).toBeTruthy()
    expect(screen.queryByText("Giao đến")).toBeNull()
  })

  it("says where a delivered order goes, and an experience line's date and guests", async () => {
    renderOrder(
      order({ first_name: "Lan", address_1: "12 Trần Hưng Đạo" }, [
        { id: "item_1", title: "2026-12-05", product_title: "Đi xuồng rừng tràm Trà Sư", variant_title: "2026-12-05", quantity: 3, unit_price: 40000, total: 120000, metadata: { ocop_experience_date: "2026-12-05" } },
      ])
    )
    expect(await screen.findByText("Giao đến")).toBeTruthy()
    expect(screen.getByText(/05\/12\/2026 · 3 khách/)).toBeTruthy()
  })

  it("speaks of no delivery for an order that ships nothing (experiences only)", async () => {
    renderOrder(order(null, [], []))
    expect(await screen.findByText("Thanh toán")).toBeTruthy()
    expect(screen.queryByText("Giao đến")).toBeNull()
    expect(screen.queryByText("Giao hàng")).toBeNull()
    expect(screen.queryByText("Phí giao hàng")).toBeNull()
  })

  it("says cash is paid at the venue, not on delivery, for an order of experiences only", async () => {
    const { container } = renderOrder(order(null, [], []))
    expect(await screen.findByText("Thanh toán tại nơi trải nghiệm")).toBeTruthy()
    expect(screen.getByText("Trả khi đến nơi trải nghiệm")).toBeTruthy()
    expect(container.textContent).not.toMatch(/khi nhận hàng|người giao hàng/)
  })

  it("keeps cash on delivery for an order that ships", async () => {
    renderOrder(order({ first_name: "Lan", address_1: "12 Trần Hưng Đạo" }))
    expect(await screen.findByText("Thanh toán khi nhận hàng")).toBeTruthy()
    expect(screen.queryByText("Thanh toán tại nơi trải nghiệm")).toBeNull()
  })
})
