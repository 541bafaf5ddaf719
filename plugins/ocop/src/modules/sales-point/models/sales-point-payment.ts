import { model } from "@medusajs/framework/utils"

/**
 * One payment (or refund) at a sales point's counter, by method: the detail behind a
 * counter order's captured total. Cash keeps what was handed over and the change;
 * a VietQR transfer waits as `pending` (no order yet) until the staff member or the
 * bank statement confirms it, then joins the sale. Shift reports sum these rows.
 */
export const SalesPointPayment = model
  .define(
    { name: "SalesPointPayment", tableName: "ocop_sales_point_payment" },
    {
      id: model.id({ prefix: "ocpy" }).primaryKey(),
      sales_point_id: model.text(),
      shift_id: model.text().nullable(),
      order_id: model.text().nullable(),
      kind: model.enum(["sale", "refund"]).default("sale"),
      method: model.enum(["cash", "card_at_counter", "vietqr"]),
      // Whole đồng, positive for a refund too (its kind says which way it went).
      amount: model.number(),
      tendered: model.number().nullable(),
      change: model.number().nullable(),
      // VietQR: the transfer memo; card: the terminal's approval code, if typed.
      reference: model.text().nullable(),
      status: model.enum(["pending", "received"]).default("received"),
      // Who saw a VietQR transfer arrive: "staff" or "bank".
      confirmed_by: model.text().nullable(),
      staff_id: model.text().nullable(),
      // A refund: the sale payment it gives back.
      refund_of: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["sales_point_id", "created_at"] },
    { on: ["shift_id"] },
    { on: ["order_id"] },
    { on: ["reference"] },
  ])
