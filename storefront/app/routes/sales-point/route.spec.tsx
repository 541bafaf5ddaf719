// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import ShopLayout from "../_shop/route"
import StaffConsoleLayout, { ErrorBoundary } from "./route"

function WorkArea() {
  return <h1>Tồn kho</h1>
}

describe("the staff console's layout", () => {
  it("shows the console's own header and no shop header, search box, cart or footer", async () => {
    const Stub = createRemixStub([
      { id: "routes/sales-point", path: "/sales-point", Component: StaffConsoleLayout, ErrorBoundary, children: [{ path: ":pointId", Component: WorkArea }] },
    ])
    render(<Stub initialEntries={["/sales-point/ocsp_1"]} />)
    const main = await screen.findByRole("main")
    expect(within(main).getByRole("heading", { level: 1, name: "Tồn kho" })).toBeTruthy()
    const header = screen.getByRole("banner")
    expect(within(header).getByRole("link", { name: /Quầy/ }).getAttribute("href")).toBe("/sales-point")
    expect(within(header).getByRole("button", { name: "English" })).toBeTruthy()
    expect(screen.queryByRole("search")).toBeNull()
    expect(screen.queryByRole("link", { name: /Giỏ hàng/ })).toBeNull()
    expect(screen.queryByRole("navigation", { name: "Điều hướng chính" })).toBeNull()
    expect(screen.queryByRole("contentinfo")).toBeNull()
  })

  it("keeps its header on a page that fails", async () => {
    const Stub = createRemixStub([
      {
        id: "routes/sales-point",
        path: "/sales-point",
        Component: StaffConsoleLayout,
        ErrorBoundary,
        children: [{ path: ":pointId", Component: WorkArea, loader: () => { throw new Response("Not found", { status: 404 }) } }],
      },
    ])
    render(<Stub initialEntries={["/sales-point/ocsp_other"]} />)
    expect(await screen.findByRole("heading", { name: "Không tìm thấy trang" })).toBeTruthy()
    expect(within(screen.getByRole("banner")).getByRole("link", { name: /Quầy/ })).toBeTruthy()
    expect(screen.queryByRole("search")).toBeNull()
  })
})

describe("the shop's layout, for contrast", () => {
  it("shows the shopper's header with search, the cart badge and the footer", async () => {
    const Stub = createRemixStub([
      {
        id: "routes/_shop",
        path: "/",
        Component: ShopLayout,
        loader: () => json({ cartCount: 2, customerName: null }),
        children: [{ index: true, Component: () => <h1>Trang chủ</h1> }],
      },
    ])
    render(<Stub initialEntries={["/"]} />)
    await screen.findByRole("heading", { level: 1, name: "Trang chủ" })
    expect(screen.getByRole("search")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Giỏ hàng (2)" })).toBeTruthy()
    expect(screen.getByRole("contentinfo")).toBeTruthy()
  })
})
