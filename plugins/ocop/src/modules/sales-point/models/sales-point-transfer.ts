import { model } from "@medusajs/framework/utils"

/**
 * Goods on their way from one sales point to another. They leave the sender's stock
 * when sent and join the receiver's when it confirms; in between they exist only
 * here, so stock over all points plus what is in transit stays the same.
 */
export const SalesPointTransfer = model
  .define(
    { name: "SalesPointTransfer", tableName: "ocop_sales_point_transfer" },
    {
      id: model.id({ prefix: "ocst" }).primaryKey(),
      from_sales_point_id: model.text(),
      to_sales_point_id: model.text(),
      inventory_item_id: model.text(),
      variant_id: model.text().nullable(),
      quantity: model.number(),
      status: model.enum(["in_transit", "received"]).default("in_transit"),
      // The sender's lots the units were taken from (code, dates, units): the
      // receiver gets the same lots, so an expiry date travels with its goods.
      lots: model.json().nullable(),
      note: model.text().nullable(),
      sent_by: model.text(),
      received_by: model.text().nullable(),
      received_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { on: ["from_sales_point_id", "status"] },
    { on: ["to_sales_point_id", "status"] },
  ])
