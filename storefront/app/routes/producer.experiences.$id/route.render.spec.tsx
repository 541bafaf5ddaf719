// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import HostExperienceRoute from "./route"

const experience = {
  id: "ocex_1",
  product_id: "prod_1",
  title: "Một ngày ở làng Chăm Châu Giang",
  handle: "lang-cham-chau-giang-det-tho-cam",
  status: "published",
  meeting_point: "Bến đò Châu Giang",
  start_time: "08:00",
  capacity_per_date: 12,
  dates: [
    {
      date: "2026-12-05",
      closed: false,
      seats_left: 7,
      seats_sold: 5,
      bookings: [
        { reference: "TX-7K3Q9P", order_id: "order_1", guests: 3, children: 1, lead_name: "Nguyễn Thị Lan", lead_phone: "0901234567", status: "booked", cancel_reason: null },
        { reference: "TX-ABCDEF", order_id: "order_2", guests: 2, children: 0, lead_name: "Trần Văn Bình", lead_phone: "0912345678", status: "attended", cancel_reason: null },
      ],
    },
    { date: "2026-12-06", closed: true, seats_left: 0, seats_sold: 0, bookings: [] },
  ],
}

function renderPage() {
  const Stub = createRemixStub([
    { path: "/producer/experiences/:id", Component: HostExperienceRoute, loader: () => json({ locale: "vi", experience, notice: null }) },
  ])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/producer/experiences/ocex_1"]} />
    </LocaleContext.Provider>
  )
}

describe("/producer/experiences/:id", () => {
  it("shows each day's groups with the lead visitor's phone, an arrival button for a booked group, and cancelling only behind a reason and a confirmation", async () => {
    renderPage()
    const day = await screen.findByRole("region", { name: "Khách ngày 05/12/2026" })
    const lan = within(day).getByRole("row", { name: /TX-7K3Q9P/ })
    expect(within(lan).getByRole("link", { name: "0901234567" }).getAttribute("href")).toBe("tel:0901234567")
    expect(within(lan).getByText(/trong đó 1 trẻ em/)).toBeTruthy()
    expect(within(lan).getByRole("button", { name: /Xác nhận khách đã đến/ })).toBeTruthy()
    const binh = within(day).getByRole("row", { name: /TX-ABCDEF/ })
    expect(within(binh).queryByRole("button")).toBeNull()
    expect(within(binh).getByText("Đã đến")).toBeTruthy()

    const reason = within(day).getByLabelText("Lý do huỷ (gửi cho khách)")
    expect(reason.getAttribute("minlength")).toBe("5")
    expect(within(day).getByRole("checkbox", { name: "Tôi hiểu: không thể hoàn tác việc huỷ ngày" })).toBeTruthy()

    // A cancelled day offers no second cancellation.
    const closed = screen.getByRole("region", { name: /Khách ngày 06\/12\/2026/ })
    expect(within(closed).getByText("Chưa có khách đặt ngày này.")).toBeTruthy()
    expect(within(closed).queryByLabelText("Lý do huỷ (gửi cho khách)")).toBeNull()
  })

  it("folds the days nobody booked under one summary, after the booked days", async () => {
    renderPage()
    const day = await screen.findByRole("region", { name: "Khách ngày 05/12/2026" })
    expect(day.closest("details")).toBeNull()
    const folded = screen.getByText("1 ngày chưa có khách đặt").closest("details")
    expect(folded?.open).toBe(false)
    expect(folded?.contains(screen.getByRole("region", { name: /Khách ngày 06\/12\/2026/ }))).toBe(true)
  })
})
