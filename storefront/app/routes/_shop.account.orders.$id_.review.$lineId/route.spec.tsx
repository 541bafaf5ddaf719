// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import type { OcopOrderReviews } from "~/lib/ocop-types"
import ReviewLineRoute from "./route"

describe("review page", () => {
  function renderPage(status: OcopOrderReviews["lines"][number]["status"]) {
    const data = {
      locale: "vi",
      order: { id: "order_1", display_id: 12 },
      item: { title: "Mật ong hoa tràm", variant: "Chai 500 ml", thumbnail: null },
      status,
    }
    const Stub = createRemixStub([{ path: "/r", Component: ReviewLineRoute, loader: () => data }])
    return render(
      <LocaleContext.Provider value="vi">
        <Stub initialEntries={["/r"]} />
      </LocaleContext.Provider>
    )
  }

  it("asks for 1–5 stars, words and up to three photos", async () => {
    renderPage("reviewable")
    expect(await screen.findByRole("heading", { level: 1, name: "Đánh giá Mật ong hoa tràm" })).toBeTruthy()
    expect(screen.getByRole("group", { name: "Chấm điểm" })).toBeTruthy()
    expect(screen.getAllByRole("radio")).toHaveLength(5)
    expect(screen.getByRole("radio", { name: /5 sao/ })).toBeTruthy()
    expect(screen.getByLabelText("Nhận xét của bạn")).toBeTruthy()
    expect(screen.getByLabelText(/Ảnh \(tối đa 3 ảnh/)).toBeTruthy()
    expect(screen.getByRole("button", { name: "Gửi đánh giá" })).toBeTruthy()
  })

  it("offers no form before delivery", async () => {
    renderPage("not_delivered")
    expect(await screen.findByText(/Bạn đánh giá được sau khi nhận hàng/)).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Gửi đánh giá" })).toBeNull()
  })
})
