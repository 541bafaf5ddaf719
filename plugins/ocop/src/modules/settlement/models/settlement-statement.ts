import { model } from "@medusajs/framework/utils"
import { SETTLEMENT_STATUSES } from "../rules/settlement-amounts"
import { SettlementStatementLine } from "./settlement-statement-line"

/**
 * What the programme owes one producer for one period (a Vietnam calendar month by
 * default). Amounts are integer đồng. Once `paid`, the row and its lines never change.
 */
export const SettlementStatement = model
  .define(
    { name: "SettlementStatement", tableName: "ocop_settlement_statement" },
    {
      id: model.id({ prefix: "ocst" }).primaryKey(),
      producer_id: model.text(),
      period_start: model.dateTime(),
      period_end: model.dateTime(),
      status: model.enum([...SETTLEMENT_STATUSES]).default("draft"),
      gross_online: model.bigNumber().default(0),
      gross_counter: model.bigNumber().default(0),
      refunds: model.bigNumber().default(0),
      // Basis points (1/100 of a percent): 500 = 5 %; 0 is a valid rate.
      commission_rate_bp: model.number().default(0),
      commission: model.bigNumber().default(0),
      fees: model.bigNumber().default(0),
      net_payable: model.bigNumber().default(0),
      // When the amounts were last computed; a statement computed before its period
      // ended cannot be paid (it may miss sales).
      computed_at: model.dateTime(),
      paid_at: model.dateTime().nullable(),
      transfer_reference: model.text().nullable(),
      paid_by: model.text().nullable(),
      lines: model.hasMany(() => SettlementStatementLine, {
        mappedBy: "statement",
      }),
    }
  )
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["producer_id", "period_start"], unique: true },
    { on: ["period_start", "status"] },
  ])
