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
    invoices: [] as unknown[],
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

function renderConfirmed(data: ReturnType<typeof confirmed> | ReturnType<typeof paidByVnpay>) {
  const Stub = createRemixStub([
    { path: "/orders/:id/confirmed", Component: OrderConfirmedRoute, loader: () => json(data) },
  ])
  return render(<Stub initialEntries={["/orders/order_1/confirmed"]} />)
}

/** An order paid with VNPay, as the order page loads it, in the wallet's state given. */
function paidByVnpay(state: "awaiting" | "paid") {
  return {
    ...confirmed([{ name: "Giao hàng tiêu chuẩn" }]),
    payment: {
      kind: "vnpay",
      status: state === "paid" ? "captured" : "authorized",
      vietqr: null,
      wallet: { name: "VNPay", state, payUrl: state === "paid" ? null : "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_TxnRef=OCOP1", expiresAt: null },
    },
  }
}

describe("order confirmation", () => {
  it("says a VNPay payment awaits confirmation until VNPay's IPN has come, with the way back to VNPay", async () => {
    renderConfirmed(paidByVnpay("awaiting"))
    expect(await screen.findByText("VNPay đang chờ xác nhận thanh toán 1.050.000 ₫. Trang này tự cập nhật khi có kết quả.", { normalizer: (s) => s.replace(/\s/g, " ") })).toBeTruthy()
    expect(screen.getByText("Đang chờ xác nhận")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Tiếp tục thanh toán với VNPay" }).getAttribute("href")).toContain("vnp_TxnRef=OCOP1")
    expect(screen.queryByText(/Đã thanh toán/)).toBeNull()
  })

  it("says the payment is confirmed once VNPay has confirmed it", async () => {
    renderConfirmed(paidByVnpay("paid"))
    expect(await screen.findByText(/VNPay đã xác nhận thanh toán/)).toBeTruthy()
    expect(screen.getByText("Đã thanh toán")).toBeTruthy()
    expect(screen.queryByRole("link", { name: /Tiếp tục thanh toán/ })).toBeNull()
  })

  it("says the invoice is being issued once paid, then links the printable invoice of a guest's order", async () => {
    const paid = renderConfirmed(paidByVnpay("paid"))
    expect(await screen.findByText("Đơn hàng đã thanh toán: hóa đơn đang được phát hành. Trang này tự cập nhật.")).toBeTruthy()
    paid.unmount()
    renderConfirmed({
      ...paidByVnpay("paid"),
      invoices: [
        { lookup_code: "ABCDEFGH23", kind: "company", relation: "original", status: "issued", template: "1", series: "C26TOC", number: 7, total: 1050000, vat_total: 77778, issued_at: "2026-12-01T03:10:00.000Z" },
      ],
    })
    const link = await screen.findByRole("link", { name: "Hóa đơn công ty C26TOC – 00000007" })
    expect(link.getAttribute("href")).toBe("/invoices/ABCDEFGH23")
    expect(screen.queryByText(/đang được phát hành/)).toBeNull()
  })

  it("names an adjustment invoice by its direction and amount, and the invoice it adjusts as adjusted", async () => {
    const invoice = { kind: "retail", template: "1", series: "C26TOC", vat_total: 0, issued_at: "2026-12-01T03:10:00.000Z" }
    renderConfirmed({
      ...paidByVnpay("paid"),
      invoices: [
        { ...invoice, lookup_code: "ABCDEFGH23", relation: "original", status: "adjusted", number: 7, total: 90000 },
        { ...invoice, lookup_code: "ABCDEFGH24", relation: "adjustment", status: "issued", number: 9, total: -45000 },
      ],
    })
    expect(await screen.findByRole("link", { name: /^Hóa đơn điều chỉnh giảm 45\.000\s₫ C26TOC – 00000009$/ })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Hóa đơn bán lẻ C26TOC – 00000007" }).closest("li")?.textContent).toContain("(đã được điều chỉnh)")
  })

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
