// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import CheckoutRoute, { action } from "./route"
import { describedText } from "~/lib/test-described-text"

const provinces = [
  { code: "91", name: "Tỉnh An Giang", type: "tinh" },
  { code: "92", name: "Thành phố Cần Thơ", type: "thanh_pho" },
]

/** One producer's goods, shipped by the warehouse's standard or express delivery. */
function shipment(overrides: Record<string, unknown> = {}) {
  return {
    key: "sp_tien_anh",
    producer: "Cơ sở Tiến Anh",
    lines: [{ title: "Bánh hạnh nhân Tiến Anh · Hộp 250 g", quantity: 1 }],
    options: [
      { id: "so_standard", name: "Giao hàng tiêu chuẩn", amount: 30000, pickup: null, lacking: [] },
      { id: "so_express", name: "Giao hàng nhanh", amount: 55000, pickup: null, lacking: [] },
    ],
    preselected: "so_standard",
    ...overrides,
  }
}

function checkoutData(overrides: Record<string, unknown> = {}) {
  return {
    locale: "vi",
    cart: {
      id: "cart_1",
      item_total: 45000,
      items: [{ id: "item_1", title: "Hộp 250 g", product_title: "Bánh hạnh nhân Tiến Anh", variant_title: "Hộp 250 g", quantity: 1, unit_price: 45000, total: 45000 }],
    },
    needs: { ships: true, experience: false },
    provinces,
    communes: [],
    shipments: [shipment()],
    paymentMethods: [
      { id: "pp_system_default", kind: "cod" },
      { id: "pp_vietqr_vietqr", kind: "vietqr" },
    ],
    customer: null,
    defaults: { email: "", fullName: "", phone: "", province: "", commune: "", street: "", shippingOptionIds: ["so_standard"], payment: "pp_system_default" },
    ...overrides,
  }
}

function renderCheckout(data = checkoutData()) {
  const Stub = createRemixStub([{ path: "/checkout", Component: CheckoutRoute, loader: () => json(data) }])
  return render(<Stub initialEntries={["/checkout"]} />)
}

describe("checkout page", () => {
  it("offers the 2025 provinces, both delivery options and cash on delivery, with the total", async () => {
    renderCheckout()
    const province = await screen.findByLabelText("Tỉnh, thành phố")
    expect(within(province).getByRole("option", { name: "Tỉnh An Giang" })).toBeTruthy()
    // No commune can be chosen before the province.
    expect((screen.getByLabelText("Xã, phường, đặc khu") as HTMLSelectElement).disabled).toBe(true)
    expect(screen.getByRole("radio", { name: /Giao hàng nhanh/ })).toBeTruthy()
    expect((screen.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole("button", { name: /Đặt hàng · 75\.000\s₫/ })).toBeTruthy()
  })

  it("names each configured wallet in the payment group", async () => {
    renderCheckout(
      checkoutData({
        paymentMethods: [
          { id: "pp_system_default", kind: "cod" },
          { id: "pp_vnpay_vnpay", kind: "vnpay" },
          { id: "pp_momo_momo", kind: "momo" },
          { id: "pp_zalopay_zalopay", kind: "zalopay" },
        ],
      })
    )
    const group = await screen.findByRole("group", { name: "Phương thức thanh toán" })
    expect(within(group).getByRole("radio", { name: /^VNPay/ })).toBeTruthy()
    expect(within(group).getByRole("radio", { name: /^Ví MoMo/ })).toBeTruthy()
    expect(within(group).getByRole("radio", { name: /^ZaloPay/ })).toBeTruthy()
  })

  it("lets a buyer ask for a company invoice, with the company, its tax code, address and e-mail", async () => {
    renderCheckout()
    const group = await screen.findByRole("group", { name: "Hóa đơn" })
    const ask = within(group).getByRole("checkbox", { name: "Xuất hóa đơn cho công ty" }) as HTMLInputElement
    expect(ask.checked).toBe(false)
    expect(within(group).getByRole("textbox", { name: "Tên công ty" })).toBeTruthy()
    expect(within(group).getByRole("textbox", { name: "Mã số thuế (10 hoặc 13 số)" })).toBeTruthy()
    expect(within(group).getByRole("textbox", { name: "Địa chỉ công ty" })).toBeTruthy()
    expect(within(group).getByRole("textbox", { name: "E-mail nhận hóa đơn" })).toBeTruthy()
  })

  it("offers cash on delivery and VietQR bank transfer as one named radio group", async () => {
    renderCheckout()
    const group = await screen.findByRole("group", { name: "Phương thức thanh toán" })
    const radios = within(group).getAllByRole("radio") as HTMLInputElement[]
    expect(radios.map((r) => r.value)).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
    // One name: the browser moves between them with the arrow keys and submits the one chosen.
    expect(new Set(radios.map((r) => r.name)).size).toBe(1)
    fireEvent.click(within(group).getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }))
    expect(radios[1].checked).toBe(true)
    expect(radios[0].checked).toBe(false)
  })

  it("does not offer cards when the shop has no card payments", async () => {
    renderCheckout()
    await screen.findByRole("group", { name: "Phương thức thanh toán" })
    expect(screen.queryByRole("radio", { name: /Thẻ quốc tế/ })).toBeNull()
  })

  it("updates the total when the shopper picks express delivery", async () => {
    renderCheckout()
    fireEvent.click(await screen.findByRole("radio", { name: /Giao hàng nhanh/ }))
    expect(screen.getByRole("button", { name: /Đặt hàng · 100\.000\s₫/ })).toBeTruthy()
  })

  it("marks every missing field invalid and ties each to its message before anything is sent", async () => {
    renderCheckout()
    fireEvent.click(await screen.findByRole("button", { name: /Đặt hàng/ }))
    const email = await screen.findByLabelText("Email")
    await screen.findByText("Vui lòng sửa các ô được đánh dấu bên dưới.")
    for (const [label, message] of [
      ["Email", "Email chưa đúng định dạng, ví dụ: ten@example.com."],
      ["Họ và tên", "Vui lòng nhập họ và tên người nhận."],
      ["Số điện thoại", "Số điện thoại Việt Nam gồm 10–11 chữ số, bắt đầu bằng 0 (hoặc +84)."],
      ["Tỉnh, thành phố", "Vui lòng chọn tỉnh, thành phố."],
      ["Số nhà, đường, ấp/khóm", "Vui lòng nhập số nhà, tên đường hoặc ấp/khóm."],
    ]) {
      const field = screen.getByLabelText(label)
      expect(field.getAttribute("aria-invalid"), label).toBe("true")
      expect(describedText(field), label).toContain(message)
    }
    expect(email).toBe(document.activeElement)
  })
})

describe("checkout page for goods of two producers", () => {
  const twoProducers = () =>
    checkoutData({
      cart: {
        id: "cart_1",
        item_total: 135000,
        items: [
          { id: "item_1", title: "Hộp 250 g", product_title: "Bánh hạnh nhân Tiến Anh", variant_title: "Hộp 250 g", quantity: 1, unit_price: 45000, total: 45000 },
          { id: "item_2", title: "Gói 500 g", product_title: "Khô bò ANAS", variant_title: "Gói 500 g", quantity: 1, unit_price: 90000, total: 90000 },
        ],
      },
      shipments: [
        shipment(),
        shipment({
          key: "sp_anas",
          producer: "Hộ kinh doanh ANAS",
          lines: [{ title: "Khô bò ANAS · Gói 500 g", quantity: 1 }],
          options: [
            { id: "so_anas_own", name: "Giao từ Hộ kinh doanh ANAS", amount: 30000, pickup: null, lacking: [] },
            { id: "so_anas_express", name: "Giao hàng nhanh", amount: 55000, pickup: null, lacking: [] },
          ],
          preselected: "so_anas_own",
        }),
      ],
      defaults: { email: "", fullName: "", phone: "", province: "", commune: "", street: "", shippingOptionIds: ["so_standard", "so_anas_own"], payment: "pp_system_default" },
    })

  it("asks a delivery for each producer's parcel and shows each fee and the total before paying", async () => {
    renderCheckout(twoProducers())
    const tienAnh = await screen.findByRole("group", { name: "Kiện hàng của Cơ sở Tiến Anh" })
    const anas = screen.getByRole("group", { name: "Kiện hàng của Hộ kinh doanh ANAS" })
    expect(within(anas).getByText(/Khô bò ANAS · Gói 500 g × 1/)).toBeTruthy()
    // Each parcel is its own radio group: choosing in one leaves the other as it was.
    expect(new Set(within(tienAnh).getAllByRole("radio").map((r) => (r as HTMLInputElement).name))).toEqual(new Set(["shippingOptionIds[0]"]))
    expect(new Set(within(anas).getAllByRole("radio").map((r) => (r as HTMLInputElement).name))).toEqual(new Set(["shippingOptionIds[1]"]))
    const summary = screen.getByRole("complementary")
    expect(summary.textContent).toMatch(/Phí giao kiện của Cơ sở Tiến Anh30\.000\s₫/)
    expect(summary.textContent).toMatch(/Phí giao kiện của Hộ kinh doanh ANAS30\.000\s₫/)
    expect(summary.textContent).toMatch(/Tổng phí giao hàng60\.000\s₫/)
    expect(screen.getByRole("button", { name: /Đặt hàng · 195\.000\s₫/ })).toBeTruthy()

    fireEvent.click(within(anas).getByRole("radio", { name: /Giao hàng nhanh/ }))
    expect((within(tienAnh).getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }) as HTMLInputElement).checked).toBe(true)
    expect(summary.textContent).toMatch(/Phí giao kiện của Hộ kinh doanh ANAS55\.000\s₫/)
    expect(summary.textContent).toMatch(/Tổng phí giao hàng85\.000\s₫/)
    expect(screen.getByRole("button", { name: /Đặt hàng · 220\.000\s₫/ })).toBeTruthy()
  })
})

describe("checkout page with click & collect and experiences", () => {
  const pickup = {
    id: "so_pickup_lx",
    name: "Nhận tại Trung tâm OCOP Long Xuyên",
    amount: 0,
    pickup: { point: "Trung tâm OCOP Long Xuyên", locationId: "sloc_lx", address: "12 Nguyễn Huệ, phường Long Xuyên", hours: "7:30–17:00, thứ Hai – thứ Bảy" },
    lacking: [] as string[],
  }

  it("shows a point that lacks the goods as a choice that cannot be made, naming what it lacks", async () => {
    const short = { ...pickup, lacking: ["Bánh hạnh nhân Tiến Anh · Hộp 250 g"] }
    renderCheckout(checkoutData({ shipments: [shipment({ options: [...shipment().options, short] })] }))
    const option = (await screen.findByRole("radio", { name: /Nhận tại Trung tâm OCOP Long Xuyên/ })) as HTMLInputElement
    expect(option.disabled).toBe(true)
    expect(option.closest("label")?.textContent).toContain(
      "Điểm này hiện không đủ hàng: Bánh hạnh nhân Tiến Anh · Hộp 250 g. Vui lòng chọn điểm khác hoặc giao tận nơi."
    )
    expect((screen.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }) as HTMLInputElement).checked).toBe(true)
  })

  it("shows a pickup option with its point's address and hours, and asks no address once it is chosen", async () => {
    renderCheckout(checkoutData({ shipments: [shipment({ options: [...shipment().options, pickup] })] }))
    const option = await screen.findByRole("radio", { name: /Nhận tại Trung tâm OCOP Long Xuyên/ })
    expect(option.closest("label")?.textContent).toContain("12 Nguyễn Huệ, phường Long Xuyên")
    expect(option.closest("label")?.textContent).toContain("7:30–17:00")
    expect(screen.getByLabelText("Tỉnh, thành phố")).toBeTruthy()
    fireEvent.click(option)
    expect(screen.queryByRole("combobox", { name: "Tỉnh, thành phố" })).toBeNull()
    expect(screen.getByText(/không cần địa chỉ giao hàng/)).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: /Đặt hàng/ }))
    // Who collects is still needed; the address is not.
    await screen.findByText("Vui lòng sửa các ô được đánh dấu bên dưới.")
    expect(screen.getByLabelText("Họ và tên").getAttribute("aria-invalid")).toBe("true")
    expect(screen.getByLabelText("Tỉnh, thành phố", { selector: "select" }).getAttribute("aria-invalid")).toBeNull()
    expect(screen.getByLabelText("Số nhà, đường, ấp/khóm").getAttribute("aria-invalid")).toBeNull()
  })

  it("asks an experience-only cart for the lead visitor and neither address nor delivery", async () => {
    renderCheckout(
      checkoutData({
        needs: { ships: false, experience: true },
        shipments: [],
        cart: {
          id: "cart_1",
          item_total: 1050000,
          items: [
            { id: "item_1", title: "2026-12-05", product_title: "Làng Chăm Châu Giang", variant_title: "2026-12-05", quantity: 3, unit_price: 350000, total: 1050000, metadata: { ocop_experience_date: "2026-12-05" } },
          ],
        },
      })
    )
    await screen.findByRole("group", { name: "Trưởng đoàn" })
    expect(screen.queryByLabelText("Tỉnh, thành phố")).toBeNull()
    expect(screen.queryByRole("group", { name: "Phương thức giao hàng" })).toBeNull()
    expect(screen.getByText(/không cần địa chỉ và phương thức giao hàng/)).toBeTruthy()
    // Nobody delivers an experience: cash is paid at the venue, and no shipping row.
    const payment = screen.getByRole("group", { name: "Phương thức thanh toán" })
    expect(within(payment).getByText("Thanh toán tại nơi trải nghiệm")).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/người giao hàng|khi nhận hàng/)
    expect(screen.queryByText("Phí giao hàng")).toBeNull()
    expect(screen.getByText(/05\/12\/2026 · 3 khách/)).toBeTruthy()
    expect(screen.getByRole("button", { name: /Đặt hàng · 1\.050\.000\s₫/ })).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: /Đặt hàng/ }))
    await screen.findByText("Vui lòng sửa các ô được đánh dấu bên dưới.")
    for (const [label, message] of [
      ["Họ và tên trưởng đoàn", "Vui lòng nhập họ và tên trưởng đoàn."],
      ["Số điện thoại trưởng đoàn", "Số điện thoại Việt Nam gồm 10–11 chữ số, bắt đầu bằng 0 (hoặc +84)."],
    ]) {
      const field = screen.getByLabelText(label)
      expect(field.getAttribute("aria-invalid"), label).toBe("true")
      expect(describedText(field), label).toContain(message)
    }
  })
})

describe("POST /checkout", () => {
  it("sends a browser without a cart back to the cart page", async () => {
    const request = new Request("http://shop.test/checkout", { method: "POST", body: new URLSearchParams({ email: "a@b.vn" }) })
    const response = await action({ request, params: {}, context: {} })
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/cart")
  })
})
