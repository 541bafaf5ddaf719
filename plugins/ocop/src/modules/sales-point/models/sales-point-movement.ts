import { model } from "@medusajs/framework/utils"

/**
 * One line of a sales point's stock ledger: every change of its stock, who made it,
 * why, and the stocked quantity before and after.
 */
export const SalesPointMovement = model
  .define(
    { name: "SalesPointMovement", tableName: "ocop_sales_point_movement" },
    {
      id: model.id({ prefix: "ocsm" }).primaryKey(),
      sales_point_id: model.text(),
      inventory_item_id: model.text(),
      variant_id: model.text().nullable(),
      kind: model.enum([
        "receive",
        "adjust",
        "transfer_out",
        "transfer_in",
        "sale",
        "return",
      ]),
      // Adjustments only: count_correction, damage or expiry.
      reason: model.text().nullable(),
      quantity: model.number(),
      quantity_before: model.number(),
      quantity_after: model.number(),
      staff_id: model.text().nullable(),
      staff_email: model.text().nullable(),
      // The transfer, order or delivering producer the movement belongs to.
      reference: model.text().nullable(),
      note: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["sales_point_id", "created_at"] },
    { on: ["sales_point_id", "kind"] },
  ])
