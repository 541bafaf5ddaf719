// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { shopOperator } from "~/lib/shop-operator.server"
import { SiteFooter } from "./site-footer"

function renderFooter(env: Record<string, string>) {
  const Stub = createRemixStub([{ path: "/", Component: () => <SiteFooter operator={shopOperator(env)} /> }])
  return render(<Stub initialEntries={["/"]} />)
}

describe("the shop's footer", () => {
  it("gives the hotline, Zalo, the operator and the Bộ Công Thương badge when they are configured", async () => {
    renderFooter({
      OCOP_HOTLINE: "1900 1234",
      OCOP_ZALO: "0912345678",
      OCOP_OPERATOR_NAME: "Công ty TNHH OCOP Market",
      OCOP_OPERATOR_TAX_CODE: "1601234567",
      OCOP_BCT_URL: "https://online.gov.vn/Home/WebDetails/12345",
      OCOP_OPERATOR_EMAIL: "cskh@ocop-market.vn",
    })
    expect((await screen.findByRole("link", { name: "1900 1234" })).getAttribute("href")).toBe("tel:19001234")
    expect(screen.getByRole("link", { name: "Nhắn Zalo" }).getAttribute("href")).toBe("https://zalo.me/0912345678")
    expect(screen.getByText(/Đơn vị vận hành: Công ty TNHH OCOP Market · MST 1601234567/)).toBeTruthy()
    expect(screen.getByRole("link", { name: "Đã thông báo Bộ Công Thương" }).getAttribute("href")).toBe(
      "https://online.gov.vn/Home/WebDetails/12345"
    )
    expect(screen.getByRole("link", { name: "cskh@ocop-market.vn" }).getAttribute("href")).toBe("mailto:cskh@ocop-market.vn")
  })

  it("links the returns, privacy, shipping and payment pages, configured or not", async () => {
    renderFooter({})
    const policies = await screen.findByRole("navigation", { name: "Chính sách" })
    const links = Array.from(policies.querySelectorAll("a")).map((a) => [a.textContent, a.getAttribute("href")])
    expect(links).toEqual([
      ["Chính sách đổi trả", "/pages/chinh-sach-doi-tra"],
      ["Chính sách bảo mật", "/pages/chinh-sach-bao-mat"],
      ["Chính sách vận chuyển", "/pages/chinh-sach-van-chuyen"],
      ["Phương thức thanh toán", "/pages/phuong-thuc-thanh-toan"],
    ])
  })

  it("shows none of them, and no badge, when nothing is configured", async () => {
    renderFooter({})
    await screen.findByRole("link", { name: "Tra cứu đơn hàng" })
    expect(screen.queryByText(/Hotline|Đơn vị vận hành/)).toBeNull()
    expect(screen.queryByRole("link", { name: "Đã thông báo Bộ Công Thương" })).toBeNull()
  })
})
