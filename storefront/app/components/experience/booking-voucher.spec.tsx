// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import QRCode from "qrcode"
import { describe, expect, it } from "vitest"
import { bookingVouchers } from "~/routes/_shop.orders.$id.confirmed/booking-vouchers.server"
import { BookingVoucher } from "./booking-voucher"

// A stub of GET /store/ocop/orders/:id/bookings's answer (contract with experience-host).
const booking = {
  reference: "TX-7K3Q9P",
  experience_title: "Đi xuồng rừng tràm Trà Sư",
  experience_handle: "xuong-rung-tram-tra-su",
  date: "2026-12-05",
  guests: 3,
  meeting_point: "Bến xuồng Trà Sư, xã An Cư",
  lead_name: "Nguyễn Thị Lan",
  status: "booked" as const,
}

describe("booking voucher", () => {
  it("shows the reference large, the date, guests and meeting point, and a QR of the host's check-in page", async () => {
    const [voucher] = await bookingVouchers([booking], "https://shop.test")
    expect(voucher.checkUrl).toBe("https://shop.test/producer/bookings/TX-7K3Q9P")
    const Stub = createRemixStub([{ path: "/", Component: () => <BookingVoucher voucher={voucher} /> }])
    render(<Stub />)
    expect((await screen.findByTestId("voucher-reference")).textContent).toBe("TX-7K3Q9P")
    expect(screen.getByText("05/12/2026")).toBeTruthy()
    expect(screen.getByText("3 khách")).toBeTruthy()
    expect(screen.getByText("Bến xuồng Trà Sư, xã An Cư")).toBeTruthy()
    const qr = screen.getByRole("img", { name: "Mã QR của phiếu đặt chỗ TX-7K3Q9P" })
    const expected = await QRCode.toString(voucher.checkUrl, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
    const modules = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1])
    expect(modules(qr.innerHTML)).toEqual(modules(expected))
    expect(modules(expected).length).toBeGreaterThan(0)
  })
})
