import { model } from "@medusajs/framework/utils"
import { InvoiceLine } from "./invoice-line"

/**
 * An e-invoice for one order (online or at a counter). Once issued it is never edited:
 * a correction is a new invoice that replaces or adjusts it (`replaces_id`), and the
 * old one only changes status to `replaced` or `adjusted`.
 */
export const Invoice = model
  .define(
    { name: "Invoice", tableName: "ocop_invoice" },
    {
      id: model.id({ prefix: "ocinv" }).primaryKey(),
      order_id: model.text().index(),
      display_id: model.number().nullable(),
      channel: model.enum(["online", "counter"]),
      // retail: an individual buyer; company: a buyer with a tax code.
      kind: model.enum(["retail", "company"]),
      relation: model.enum(["original", "replacement", "adjustment"]).default("original"),
      replaces_id: model.text().nullable(),
      // pending: not sent yet; issuing: an attempt is under way (claimed, so two callers
      // never issue it twice); failed: the last attempt failed (retried).
      status: model
        .enum(["pending", "issuing", "failed", "issued", "replaced", "adjusted"])
        .default("pending"),
      provider: model.text(),
      provider_ref: model.text().nullable(),
      template: model.text(),
      series: model.text(),
      number: model.number().nullable(),
      // What the buyer types to look the invoice up; printed on the counter receipt.
      lookup_code: model.text().unique(),
      buyer_name: model.text().nullable(),
      buyer_tax_code: model.text().nullable(),
      buyer_address: model.text().nullable(),
      buyer_email: model.text().nullable(),
      subtotal: model.number(),
      vat_total: model.number(),
      total: model.number(),
      amount_in_words: model.text(),
      reason: model.text().nullable(),
      issued_at: model.dateTime().nullable(),
      attempts: model.number().default(0),
      last_error: model.text().nullable(),
      last_attempt_at: model.dateTime().nullable(),
      lines: model.hasMany(() => InvoiceLine, { mappedBy: "invoice" }),
    }
  )
  .cascades({ delete: ["lines"] })
  .indexes([
    // One original invoice per order, however many times payment events arrive.
    { on: ["order_id"], unique: true, where: "relation = 'original'" },
    {
      on: ["template", "series", "number"],
      unique: true,
      where: "number IS NOT NULL",
    },
  ])
