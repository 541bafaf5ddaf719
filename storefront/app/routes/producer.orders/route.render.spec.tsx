// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import ProducerOrdersRoute from "./route"

const delivery = { name: "Nguyễn Thị Lan", phone: "0901234567", address: "12 Trần Hưng Đạo, Phường Long Xuyên, Tỉnh An Giang", postal_code: null }
const line = (id: string, to_pack: number) => ({
  id,
  product_id: "prod_1",
  product_title: "Khô cá lóc ANAS",
  variant_title: "Gói 500 g",
  quantity: 2,
  fulfilled_quantity: 2 - to_pack,
  unit_price: 120000,
  to_pack,
})
const orders = [
  { id: "order_new", display_id: 12, status: "pending", created_at: "2026-12-05T02:00:00Z", pickup: false, delivery, to_pack: 2, cod_to_collect: 275000, lines: [line("li_1", 2)], shipments: [] },
  {
    id: "order_packed",
    display_id: 11,
    status: "pending",
    created_at: "2026-12-04T02:00:00Z",
    pickup: false,
    delivery,
    to_pack: 0,
    cod_to_collect: null,
    lines: [line("li_2", 0)],
    shipments: [{ id: "ful_1", status: "packed", packed_at: "2026-12-05T03:00:00Z", shipped_at: null, delivered_at: null, carrier: null, tracking_number: null, tracking_url: null, lines: [{ line_id: "li_2", quantity: 2 }] }],
  },
  {
    id: "order_shipped",
    display_id: 10,
    status: "pending",
    created_at: "2026-12-03T02:00:00Z",
    pickup: false,
    delivery,
    to_pack: 0,
    cod_to_collect: null,
    lines: [line("li_3", 0)],
    shipments: [
      { id: "ful_2", status: "shipped", packed_at: "2026-12-04T03:00:00Z", shipped_at: "2026-12-04T05:00:00Z", delivered_at: null, carrier: "Viettel Post", tracking_number: "VTP-123456789", tracking_url: null, lines: [{ line_id: "li_3", quantity: 2 }] },
    ],
  },
]

function renderPage() {
  const Stub = createRemixStub([
    { path: "/producer/orders", Component: ProducerOrdersRoute, loader: () => json({ locale: "vi", orders, sold: [], notice: null }) },
  ])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/producer/orders"]} />
    </LocaleContext.Provider>
  )
}

describe("/producer/orders", () => {
  it("offers 'Đã đóng gói' for lines to pack, the carrier form for a packed parcel, and the tracking number once shipped", async () => {
    renderPage()
    const fresh = await screen.findByRole("article", { name: /Đơn hàng #12/ })
    expect(within(fresh).getByRole("link", { name: "0901234567" }).getAttribute("href")).toBe("tel:0901234567")
    expect(within(fresh).getByText(/Thu hộ \(COD\): 275\.000/)).toBeTruthy()
    expect(within(fresh).getByRole("button", { name: /Đã đóng gói/ })).toBeTruthy()
    expect(within(fresh).queryByLabelText(/Mã vận đơn/)).toBeNull()

    const packed = screen.getByRole("article", { name: /Đơn hàng #11/ })
    expect(within(packed).queryByRole("button", { name: /Đã đóng gói/ })).toBeNull()
    expect(within(packed).getByRole("heading", { name: "Kiện 1: Đã đóng gói" })).toBeTruthy()
    expect(within(packed).getByLabelText(/Đơn vị vận chuyển/).getAttribute("required")).not.toBeNull()
    expect(within(packed).getByLabelText(/Mã vận đơn/).getAttribute("required")).not.toBeNull()
    expect(within(packed).getByRole("button", { name: "Đã giao cho đơn vị vận chuyển" })).toBeTruthy()

    const shipped = screen.getByRole("article", { name: /Đơn hàng #10/ })
    expect(within(shipped).getByRole("heading", { name: "Kiện 1: Đang giao" })).toBeTruthy()
    expect(within(shipped).getByText(/Mã vận đơn: VTP-123456789/)).toBeTruthy()
    expect(within(shipped).queryByRole("button")).toBeNull()
  })
})
