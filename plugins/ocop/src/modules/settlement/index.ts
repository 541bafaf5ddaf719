import { Module } from "@medusajs/framework/utils"
import SettlementModuleService from "./service"

export const SETTLEMENT_MODULE = "ocop_settlement"

export default Module(SETTLEMENT_MODULE, {
  service: SettlementModuleService,
})

export { SettlementModuleService }
// Tests and the seed reason in the same Vietnam months as the statements.
export {
  monthPeriod,
  periodOf,
  previousPeriod,
} from "./rules/settlement-period"
