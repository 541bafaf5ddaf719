import { MedusaService } from "@medusajs/framework/utils"
import { ProducerBankAccount } from "./models/producer-bank-account"
import { SettlementSetting } from "./models/settlement-setting"
import { SettlementStatement } from "./models/settlement-statement"
import { SettlementStatementLine } from "./models/settlement-statement-line"

/** Producers' statements, their lines, the office's commission rate and payout accounts. */
class SettlementModuleService extends MedusaService({
  SettlementStatement,
  SettlementStatementLine,
  SettlementSetting,
  ProducerBankAccount,
}) {}

export default SettlementModuleService
