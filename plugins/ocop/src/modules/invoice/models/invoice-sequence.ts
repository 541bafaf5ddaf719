import { model } from "@medusajs/framework/utils"

/** The last number the local provider gave in one template (mẫu số) and series (ký hiệu). */
export const InvoiceSequence = model.define(
  { name: "InvoiceSequence", tableName: "ocop_invoice_sequence" },
  {
    id: model.id({ prefix: "ocinsq" }).primaryKey(),
    template: model.text(),
    series: model.text(),
    last_number: model.number().default(0),
  }
).indexes([{ on: ["template", "series"], unique: true }])
