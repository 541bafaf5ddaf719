// @vitest-environment happy-dom
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext, type Locale } from "~/lib/i18n"
import { OrderShipments } from "./order-shipments"

const items = [
  { id: "li_1", product_title: "Khô cá lóc ANAS", variant_title: "Gói 500 g" },
  { id: "li_2", product_title: "Mật ong Thanh Hồ", variant_title: "Chai 500 ml" },
]
const shipments = {
  awaiting: [{ line_id: "li_2", quantity: 1 }],
  shipments: [
    {
      id: "ful_1",
      status: "shipped" as const,
      packed_at: "2026-12-05T03:00:00Z",
      shipped_at: "2026-12-05T05:00:00Z",
      delivered_at: null,
      carrier: "Viettel Post",
      tracking_number: "VTP-123456789",
      tracking_url: "https://viettelpost.com.vn/tra-cuu?code=VTP-123456789",
      lines: [{ line_id: "li_1", quantity: 2 }],
      events: [] as { status: "picked_up" | "delivery_failed"; carrier_status: string; occurred_at: string; reason: string | null }[],
    },
  ],
}

function renderIn(locale: Locale) {
  return render(
    <LocaleContext.Provider value={locale}>
      <OrderShipments shipments={shipments} items={items} />
    </LocaleContext.Provider>
  )
}

describe("OrderShipments", () => {
  it("shows the lines still waiting to be packed and the parcel on its way with its carrier and tracking number", () => {
    renderIn("vi")
    const section = screen.getByRole("region", { name: "Vận chuyển" })
    expect(within(section).getByRole("heading", { name: "Chờ đóng gói" })).toBeTruthy()
    expect(within(section).getByText(/Mật ong Thanh Hồ · Chai 500 ml × 1/)).toBeTruthy()
    expect(within(section).getByRole("heading", { name: "Kiện 1: Đang giao" })).toBeTruthy()
    expect(within(section).getByText("Đơn vị vận chuyển: Viettel Post")).toBeTruthy()
    expect(within(section).getByText(/Mã vận đơn: VTP-123456789/)).toBeTruthy()
    expect(within(section).getByRole("link", { name: "Tra cứu hành trình" }).getAttribute("href")).toBe(
      "https://viettelpost.com.vn/tra-cuu?code=VTP-123456789"
    )
  })

  it("shows the carrier's latest report on the parcel with its reason", () => {
    shipments.shipments[0]!.events = [
      { status: "picked_up", carrier_status: "picked", occurred_at: "2026-12-05T05:00:00Z", reason: null },
      {
        status: "delivery_failed",
        carrier_status: "delivery_fail",
        occurred_at: "2026-12-06T02:00:00Z",
        reason: "Không liên lạc được người nhận",
      },
    ]
    renderIn("vi")
    expect(screen.getByText(/Cập nhật từ đơn vị vận chuyển: Giao không thành công, 06\/12\/2026/)).toBeTruthy()
    expect(screen.getByText(/Không liên lạc được người nhận/)).toBeTruthy()
    shipments.shipments[0]!.events = []
  })

  it("speaks English to an English shopper", () => {
    renderIn("en")
    expect(screen.getByRole("heading", { name: "Parcel 1: On its way" })).toBeTruthy()
    expect(screen.getByText(/Tracking number: VTP-123456789/)).toBeTruthy()
  })
})
