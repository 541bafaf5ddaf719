import { model } from "@medusajs/framework/utils"

/** The office's settlement terms; one row, read when statements are computed. */
export const SettlementSetting = model.define(
  { name: "SettlementSetting", tableName: "ocop_settlement_setting" },
  {
    id: model.id({ prefix: "ocss" }).primaryKey(),
    // Basis points: 500 = 5 %. Statements keep the rate they were computed with.
    commission_rate_bp: model.number().default(0),
    updated_by: model.text().nullable(),
  }
)
