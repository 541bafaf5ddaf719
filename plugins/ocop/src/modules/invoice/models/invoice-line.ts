import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

/** One line of an invoice, amounts in đồng, VAT taken out of the price paid. */
export const InvoiceLine = model.define(
  { name: "InvoiceLine", tableName: "ocop_invoice_line" },
  {
    id: model.id({ prefix: "ocinl" }).primaryKey(),
    rank: model.number().default(0),
    title: model.text(),
    quantity: model.number(),
    unit_price: model.number(),
    // null: not subject to VAT (KCT).
    vat_rate: model.number().nullable(),
    amount: model.number(),
    vat_amount: model.number(),
    total: model.number(),
    invoice: model.belongsTo(() => Invoice, { mappedBy: "lines" }),
  }
)
