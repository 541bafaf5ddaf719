import { model } from "@medusajs/framework/utils"

/**
 * A till's working period at a sales point: opened with the cash float, closed with
 * the cash counted against what the till should hold; the difference is kept. A
 * point has at most one open shift; its counter payments and refunds belong to it.
 */
export const SalesPointShift = model
  .define(
    { name: "SalesPointShift", tableName: "ocop_sales_point_shift" },
    {
      id: model.id({ prefix: "ocsh" }).primaryKey(),
      sales_point_id: model.text(),
      status: model.enum(["open", "closed"]).default("open"),
      // Whole đồng.
      opening_float: model.number(),
      opened_by: model.text(),
      closed_by: model.text().nullable(),
      closed_at: model.dateTime().nullable(),
      // Float + cash taken − cash refunded, as the shift closed.
      expected_cash: model.number().nullable(),
      counted_cash: model.number().nullable(),
      // counted − expected: negative when cash is missing.
      difference: model.number().nullable(),
      note: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["sales_point_id", "status"] },
    {
      on: ["sales_point_id"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
    },
  ])
