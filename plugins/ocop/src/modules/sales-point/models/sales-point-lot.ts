import { model } from "@medusajs/framework/utils"

/**
 * A lot (lô) of one inventory item received at a sales point, with the dates on its
 * label: what is left of it partitions the point's stocked quantity in Medusa's
 * inventory (the levels stay the source of truth for totals; the units no lot
 * claims are the point's unlotted stock). One row per receipt, so a code delivered
 * twice is two rows that trace to their own deliveries (decision 405).
 */
export const SalesPointLot = model
  .define(
    { name: "SalesPointLot", tableName: "ocop_sales_point_lot" },
    {
      id: model.id({ prefix: "ocsl" }).primaryKey(),
      sales_point_id: model.text(),
      inventory_item_id: model.text(),
      variant_id: model.text().nullable(),
      lot_code: model.text(),
      // Calendar days in Vietnam, YYYY-MM-DD (HSD and NSX on the label): text, so
      // no time zone can move a day and the order of strings is the order of days.
      expires_on: model.text().nullable(),
      produced_on: model.text().nullable(),
      received_quantity: model.number(),
      remaining_quantity: model.number(),
      // The ledger line of the receipt (or transfer_in) that brought the lot in.
      received_movement_id: model.text().nullable(),
      // A lot that came by transfer: the sender's lot it was split from.
      source_lot_id: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["sales_point_id", "inventory_item_id", "expires_on"] },
    { on: ["sales_point_id", "expires_on"] },
    { on: ["lot_code"] },
  ])
