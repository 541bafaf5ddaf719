import { model } from "@medusajs/framework/utils"
import { SETTLEMENT_CHANNELS } from "../rules/settlement-amounts"
import { SettlementStatement } from "./settlement-statement"

/** One product variant sold through one channel in a statement's period. */
export const SettlementStatementLine = model.define(
  { name: "SettlementStatementLine", tableName: "ocop_settlement_statement_line" },
  {
    id: model.id({ prefix: "ocsl" }).primaryKey(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    title: model.text(),
    channel: model.enum([...SETTLEMENT_CHANNELS]),
    quantity: model.number().default(0),
    amount: model.bigNumber().default(0),
    refunds: model.bigNumber().default(0),
    statement: model.belongsTo(() => SettlementStatement, {
      mappedBy: "lines",
    }),
  }
)
