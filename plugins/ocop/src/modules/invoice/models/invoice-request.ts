import { model } from "@medusajs/framework/utils"

/**
 * A buyer's request, made at checkout, for a company invoice: kept per cart (validated
 * when made) and read when the order's invoice is drawn up. Not in the cart's metadata,
 * which the shopper can write freely.
 */
export const InvoiceRequest = model.define(
  { name: "InvoiceRequest", tableName: "ocop_invoice_request" },
  {
    id: model.id({ prefix: "ocinrq" }).primaryKey(),
    cart_id: model.text().unique(),
    company_name: model.text(),
    tax_code: model.text(),
    address: model.text(),
    email: model.text(),
  }
)
