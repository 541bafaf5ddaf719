import { model } from "@medusajs/framework/utils"

/**
 * One booked experience line of an order: what the host checks at the meeting point.
 * Seats stay counted by Medusa's reservations; this record carries what the host needs
 * on the day (the voucher's reference, the group, the lead visitor) and its outcome.
 */
export const ExperienceBooking = model
  .define(
    { name: "ExperienceBooking", tableName: "ocop_experience_booking" },
    {
      id: model.id({ prefix: "ocxb" }).primaryKey(),
      // The voucher's short code ("TX-7K3Q9P"), read aloud or scanned from the QR.
      reference: model.text().unique(),
      order_id: model.text(),
      // The group's first line; its other lines (children at the child price) share
      // the variant, so the order's lines of `variant_id` are the booking's lines.
      line_item_id: model.text().unique(),
      experience_id: model.text(),
      variant_id: model.text(),
      // "YYYY-MM-DD", Vietnam calendar day of the visit.
      date: model.text(),
      // Every visitor, children included.
      guests: model.number(),
      children: model.number().default(0),
      lead_name: model.text(),
      lead_phone: model.text(),
      status: model
        .enum(["booked", "attended", "cancelled"])
        .default("booked"),
      attended_at: model.dateTime().nullable(),
      cancelled_at: model.dateTime().nullable(),
      // The host's words to the visitors when a date is cancelled.
      cancel_reason: model.text().nullable(),
    }
  )
  .indexes([{ on: ["experience_id", "date"] }, { on: ["order_id"] }])
