// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import NotFoundRoute, { ErrorBoundary, loader } from "./route"

describe("unknown URLs", () => {
  it("answer 404 with a page that leads back to the shop", async () => {
    const Stub = createRemixStub([{ path: "*", Component: NotFoundRoute, ErrorBoundary, loader }])
    render(<Stub initialEntries={["/khong-co-trang-nay"]} />)
    expect(await screen.findByRole("heading", { name: "Không tìm thấy trang" })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Về trang chủ" }).getAttribute("href")).toBe("/")
    await expect(loader()).rejects.toMatchObject({ status: 404 })
  })
})
