import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type StoredBooking = {
  id: string
  reference: string
  order_id: string
  experience_id: string
  date: string
  guests: number
  children: number
  lead_name: string
  lead_phone: string
  status: "booked" | "attended" | "cancelled"
  attended_at: Date | string | null
  cancelled_at: Date | string | null
  cancel_reason: string | null
}

export type ExperienceBookingView = Omit<StoredBooking, "id"> & {
  experience_title: string | null
  experience_handle: string | null
  meeting_point: string | null
  start_time: string | null
  // The host, to check a producer may see the booking.
  producer_id: string | null
}

/** Bookings with what a voucher or the host shows of their experience. */
export async function bookingViews(
  container: MedusaContainer,
  bookings: StoredBooking[]
): Promise<ExperienceBookingView[]> {
  if (!bookings.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "experience",
    fields: [
      "id",
      "meeting_point",
      "start_time",
      "product.title",
      "product.handle",
      "product.producer.id",
    ],
    filters: { id: [...new Set(bookings.map((b) => b.experience_id))] },
  })
  const byId = new Map((data as any[]).map((e) => [e.id, e]))
  return bookings.map(({ id: _id, ...b }) => {
    const e = byId.get(b.experience_id)
    return {
      ...b,
      experience_title: e?.product?.title ?? null,
      experience_handle: e?.product?.handle ?? null,
      meeting_point: e?.meeting_point ?? null,
      start_time: e?.start_time ?? null,
      producer_id: e?.product?.producer?.id ?? null,
    }
  })
}
