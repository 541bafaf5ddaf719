import QRCode from "qrcode"
import type { BookingVoucherView } from "~/components/experience/booking-voucher"
import type { OcopOrderBooking } from "~/lib/data/ocop-experiences.server"

/**
 * Each booking with its QR code: the host's check-in page for the reference in the
 * producer portal (contract with experience-host), drawn on the server so the voucher
 * shows without JavaScript.
 */
export async function bookingVouchers(bookings: OcopOrderBooking[], origin: string): Promise<BookingVoucherView[]> {
  return Promise.all(
    bookings.map(async (b) => {
      const checkUrl = `${origin}/producer/bookings/${encodeURIComponent(b.reference)}`
      // Medium error correction, as for the VietQR code: survives a phone screen's glare.
      const qrSvg = await QRCode.toString(checkUrl, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
      return { ...b, checkUrl, qrSvg }
    })
  )
}
