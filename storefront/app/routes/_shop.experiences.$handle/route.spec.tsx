// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import ExperienceRoute from "./route"

function experience(overrides: Record<string, unknown> = {}) {
  return {
    id: "ocex_1",
    product_id: "prod_1",
    handle: "lang-cham",
    title: "Một ngày ở làng Chăm Châu Giang",
    subtitle: "Xã Châu Phong, An Giang",
    description: "Dệt thổ cẩm và cơm nhà Chăm.",
    thumbnail: null,
    duration_minutes: 390,
    start_time: "08:00",
    meeting_point: "Bến đò Châu Giang",
    commune: { code: "30403", name: "Xã Châu Phong", province: { code: "91", name: "Tỉnh An Giang" } },
    languages: ["vi", "en"],
    included: ["Đò qua sông", "Cơm trưa món Chăm"],
    cancellation_terms: "Huỷ trước 48 giờ: hoàn tiền đủ.",
    capacity_per_date: 12,
    adult_price: 350000,
    child_price: 200000,
    child_max_age: 11,
    weekdays: [0, 2, 3, 4, 5, 6],
    is_illustrative: true,
    certificate: null,
    host: { handle: "htx-cham", name: "HTX dệt thổ cẩm Châu Giang" },
    next_date: "2026-12-05",
    dates: [{ date: "2026-12-05", variant_id: "v1", seats_left: 12 }],
    ...overrides,
  }
}

function renderPage(data = experience()) {
  const Stub = createRemixStub([{ path: "/experiences/:handle", Component: ExperienceRoute, loader: () => json({ experience: data, locale: "vi", url: "" }) }])
  return render(<Stub initialEntries={["/experiences/lang-cham"]} />)
}

describe("experience page", () => {
  it("shows the facts a visitor decides on, and its provenance", async () => {
    renderPage()
    await screen.findByRole("heading", { name: "Một ngày ở làng Chăm Châu Giang", level: 1 })
    expect(screen.getByText(/6 giờ 30 phút · bắt đầu lúc 08:00/)).toBeTruthy()
    expect(screen.getByText("Bến đò Châu Giang", { exact: false })).toBeTruthy()
    expect(screen.getByText(/Xã Châu Phong, Tỉnh An Giang/)).toBeTruthy()
    expect(screen.getByText("Huỷ trước 48 giờ: hoàn tiền đủ.")).toBeTruthy()
    expect(screen.getByText("chưa có chứng nhận OCOP")).toBeTruthy()
    expect(screen.getByRole("link", { name: "HTX dệt thổ cẩm Châu Giang" }).getAttribute("href")).toBe("/producers/htx-cham")
  })

  it("follows the group with the total, children at the child price", async () => {
    renderPage()
    const total = await screen.findByTestId("experience-total")
    expect(total.textContent).toMatch(/Tổng: 700\.000\s₫/)
    fireEvent.input(screen.getByLabelText("Người lớn"), { target: { value: "3" } })
    fireEvent.input(screen.getByLabelText("Trẻ em (đến 11 tuổi)"), { target: { value: "2" } })
    expect(total.textContent).toMatch(/Tổng: 1\.450\.000\s₫/)
  })

  it("asks no children's count where the experience has no child price", async () => {
    renderPage(experience({ child_price: null, child_max_age: null }))
    await screen.findByLabelText("Người lớn")
    expect(screen.queryByLabelText(/Trẻ em/)).toBeNull()
  })

  it("cannot be booked when no date has seats", async () => {
    renderPage(experience({ dates: [], next_date: null }))
    expect(((await screen.findByRole("button", { name: "Đặt chỗ" })) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText("Hiện chưa có ngày còn chỗ.")).toBeTruthy()
  })
})
