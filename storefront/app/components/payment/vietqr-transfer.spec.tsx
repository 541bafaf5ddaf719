// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import QRCode from "qrcode"
import { describe, expect, it } from "vitest"
import { encodeVietQr } from "../../../../plugins/ocop/src/providers/vietqr/vietqr-payload"
import type { VietQrTransferView } from "./order-payment.server"
import { VietQrTransfer } from "./vietqr-transfer"

async function transfer(overrides: Partial<VietQrTransferView> = {}): Promise<VietQrTransferView> {
  const payload = encodeVietQr({ bankBin: "970436", accountNumber: "0071000888999", amount: 75000, purpose: "OCOP01JZ8Q4W2V" })
  return {
    reference: "OCOP01JZ8Q4W2V",
    amount: 75000,
    bankBin: "970436",
    bankName: "Vietcombank",
    accountNumber: "0071000888999",
    accountName: "HTX OCOP MARKET",
    illustrative: false,
    payload,
    qrSvg: await QRCode.toString(payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" }),
    ...overrides,
  }
}

function renderTransfer(view: VietQrTransferView, received = false) {
  const Stub = createRemixStub([
    { path: "/", Component: () => <VietQrTransfer transfer={view} received={received} />, loader: () => json(null) },
  ])
  return render(<Stub initialEntries={["/"]} />)
}

describe("VietQrTransfer", () => {
  it("shows the QR code with the amount, account and reference, and the same transfer as text", async () => {
    renderTransfer(await transfer())
    const region = await screen.findByRole("region", { name: "Chuyển khoản để hoàn tất thanh toán" })
    const qr = within(region).getByRole("img", {
      name: /Mã VietQR chuyển 75\.000\s₫ vào tài khoản 0071000888999, nội dung OCOP01JZ8Q4W2V/,
    })
    expect(qr.querySelector("svg")).not.toBeNull()
    expect(within(region).getByText("Vietcombank (970436)")).toBeTruthy()
    expect(within(region).getByText("HTX OCOP MARKET")).toBeTruthy()
    expect(within(region).getByTestId("vietqr-amount").textContent).toMatch(/^75\.000\s₫$/)
    expect(within(region).getByTestId("vietqr-payload").textContent).toMatch(/^000201010212.*6304[0-9A-F]{4}$/)
    expect(within(region).getByText(/Đơn hàng được giao sau khi cửa hàng nhận được chuyển khoản/)).toBeTruthy()
    expect(screen.queryByRole("note")).toBeNull()
  })

  it("warns that the demo account is illustrative", async () => {
    renderTransfer(await transfer({ illustrative: true }))
    expect((await screen.findByRole("note")).textContent).toContain("đừng chuyển tiền thật")
  })

  it("says the transfer arrived once the shop has it", async () => {
    renderTransfer(await transfer(), true)
    expect((await screen.findByRole("status")).textContent).toBe("Cửa hàng đã nhận được chuyển khoản của bạn. Cảm ơn bạn!")
    expect(screen.queryByText(/Đơn hàng được giao sau khi/)).toBeNull()
  })
})
