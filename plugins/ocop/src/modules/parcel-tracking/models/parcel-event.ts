import { model } from "@medusajs/framework/utils"

/**
 * One status a carrier reported for one parcel (a Medusa fulfilment), kept for the
 * shopper's timeline and the office. `event_key` is unique: a carrier resending
 * the same report (a replay) adds nothing.
 */
export const ParcelEvent = model
  .define(
    { name: "ParcelEvent", tableName: "ocop_parcel_event" },
    {
      id: model.id({ prefix: "pevt" }).primaryKey(),
      carrier: model.enum(["ghn", "ghtk"]),
      fulfillment_id: model.text(),
      order_id: model.text(),
      tracking_code: model.text(),
      // Our word for it (see providers/carriers/statuses.ts), and the carrier's own.
      status: model.enum([
        "created",
        "picked_up",
        "in_transit",
        "delivery_failed",
        "delivered",
        "returning",
        "returned",
        "cancelled",
        "lost",
      ]),
      carrier_status: model.text(),
      occurred_at: model.dateTime(),
      reason: model.text().nullable(),
      event_key: model.text(),
    }
  )
  .indexes([
    { on: ["event_key"], unique: true },
    { on: ["fulfillment_id"] },
    { on: ["order_id"] },
  ])
