// @vitest-environment happy-dom
import { FetchError } from "@medusajs/js-sdk"
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { rethrowBusy } from "~/lib/busy.server"
import { LocaleContext } from "~/lib/i18n"
import SearchRoute, { ErrorBoundary } from "./route"

const backendBusy = () => new FetchError("Too many search requests at once", "Service Unavailable", 503)

describe("the search page when the backend is busy", () => {
  it("answers 503 with Retry-After instead of a crash", () => {
    let thrown: unknown
    try {
      rethrowBusy(backendBusy())
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(503)
    expect((thrown as Response).headers.get("retry-after")).toBe("2")
  })

  it("passes every other failure on unchanged", () => {
    const notFound = new FetchError("Not found", "Not Found", 404)
    expect(() => rethrowBusy(notFound)).toThrow(notFound)
  })

  it("shows 'Đang quá tải, thử lại sau giây lát' in the page, not the error page", async () => {
    const Stub = createRemixStub([
      {
        path: "/search",
        Component: SearchRoute,
        ErrorBoundary,
        loader: () => rethrowBusy(backendBusy()),
      },
    ])
    render(
      <LocaleContext.Provider value="vi">
        <Stub initialEntries={["/search?q=mat%20ong"]} />
      </LocaleContext.Provider>
    )
    expect(await screen.findByRole("heading", { name: "Đang quá tải, thử lại sau giây lát" })).toBeTruthy()
    expect(screen.queryByText("Đã có lỗi")).toBeNull()
  })
})
