import { model } from "@medusajs/framework/utils"

/**
 * One line of a carrier's cash-on-delivery statement: the money the carrier says it
 * paid the shop for a parcel, and how it compares with what the parcel was to
 * collect. A second line for a parcel already paid is kept as `duplicate`.
 */
export const CodRemittance = model
  .define(
    { name: "CodRemittance", tableName: "ocop_cod_remittance" },
    {
      id: model.id({ prefix: "codr" }).primaryKey(),
      carrier: model.enum(["ghn", "ghtk"]),
      /** The carrier's statement or batch this line came from. */
      statement_ref: model.text(),
      tracking_code: model.text(),
      fulfillment_id: model.text().nullable(),
      order_id: model.text().nullable(),
      /** Whole đồng the carrier paid, and the COD amount the parcel was sent with. */
      amount: model.number(),
      expected: model.number().nullable(),
      outcome: model.enum(["exact", "short", "over", "unknown", "duplicate"]),
    }
  )
  .indexes([{ on: ["carrier", "tracking_code"] }, { on: ["statement_ref"] }])
