// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import type { PointLot } from "~/lib/data/sales-point-api.server"
import StaffExpiringRoute from "./route"

const lot = (over: Partial<PointLot>): PointLot => ({
  id: "ocsl_1",
  variant_id: "variant_tuong",
  product_title: "Tương xay Thanh Hồ",
  variant_title: "Hũ 500 g",
  lot_code: "TX-01",
  expires_on: "2026-12-18",
  produced_on: null,
  received_quantity: 10,
  remaining_quantity: 4,
  expired: false,
  days_left: 12,
  created_at: "2026-12-01T02:00:00.000Z",
  ...over,
})

function renderView(lots: PointLot[]) {
  const path = "/sales-point/ocsp_1/expiring"
  const Stub = createRemixStub([
    { path, Component: StaffExpiringRoute, loader: () => json({ locale: "vi", all: false, lots, page: 1, pages: 1, days: 30 }) },
  ])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={[path]} />
    </LocaleContext.Provider>
  )
}

describe("Sắp hết hạn", () => {
  it("lists each lot with its expiry date, the days left or that it has expired, what is left and a link to its trace", async () => {
    renderView([lot({}), lot({ id: "ocsl_2", lot_code: "TX-00", expires_on: "2026-12-01", expired: true, days_left: -5, remaining_quantity: 3 })])
    const rows = await screen.findAllByRole("row")
    const fresh = within(rows[1])
    expect(fresh.getByText("TX-01")).toBeTruthy()
    expect(rows[1].textContent).toContain("18/12/2026")
    expect(rows[1].textContent).toContain("còn 12 ngày")
    expect(fresh.getByRole("link", { name: "Truy vết" }).getAttribute("href")).toBe("/sales-point/ocsp_1/lots/ocsl_1")
    expect(rows[2].textContent).toContain("đã hết hạn")
    expect(rows[2].className).toContain("staff-lots__expired")
  })

  it("says so when no lot expires within 30 days", async () => {
    renderView([])
    expect(await screen.findByText("Không có lô nào sắp hết hạn trong 30 ngày tới.")).toBeTruthy()
  })
})
