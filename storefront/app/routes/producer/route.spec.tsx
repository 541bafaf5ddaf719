// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import ProducerPortalLayout, { ErrorBoundary } from "./route"

describe("the producer portal's layout", () => {
  it("shows the portal's header and nav to a signed-in producer, and no shop header, search box, cart or footer", async () => {
    const Stub = createRemixStub([
      {
        id: "routes/producer",
        path: "/producer",
        Component: ProducerPortalLayout,
        ErrorBoundary,
        loader: () => json({ producerName: "HTX Tương Thanh Hồ" }),
        children: [{ index: true, Component: () => <h1>Xin chào HTX Tương Thanh Hồ</h1> }],
      },
    ])
    render(<Stub initialEntries={["/producer"]} />)
    const main = await screen.findByRole("main")
    expect(within(main).getByRole("heading", { level: 1, name: "Xin chào HTX Tương Thanh Hồ" })).toBeTruthy()
    expect(within(screen.getByRole("banner")).getByRole("link", { name: /Cổng nhà sản xuất/ }).getAttribute("href")).toBe("/producer")
    expect(within(main).getByRole("navigation", { name: /nhà sản xuất/i })).toBeTruthy()
    expect(screen.queryByRole("search")).toBeNull()
    expect(screen.queryByRole("link", { name: /Giỏ hàng/ })).toBeNull()
    expect(screen.queryByRole("contentinfo")).toBeNull()
  })
})
