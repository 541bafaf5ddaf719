import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  monthPeriod,
  periodOf,
  previousPeriod,
} from "../modules/settlement/rules/settlement-period"
import { generateSettlementStatementsWorkflow } from "../workflows/settlement/generate-settlement-statements"

/**
 * On the 1st of each month at 08:00 in Vietnam (01:00 UTC, the same day), compute
 * the draft statements of the month that just ended. A month with a statement already
 * paid is left as it is (the office settled early); the office regenerates by hand.
 */
export default async function generateMonthlySettlementsJob(
  container: MedusaContainer
) {
  const now = new Date()
  // Runs daily: a monthly cron's next run is further away than Node's timers reach
  // (24.8 days), and the scheduler then fires it at once, over and over.
  const monthStart = monthPeriod(periodOf(now)).start
  if (now.getTime() - monthStart.getTime() >= 24 * 3_600_000) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const period = previousPeriod(now)
  try {
    const { result } = await generateSettlementStatementsWorkflow(container).run({
      input: { period },
    })
    logger.info(`OCOP: ${result.length} settlement statement(s) computed for ${period}`)
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.CONFLICT) {
      logger.warn(`OCOP: settlements for ${period} left unchanged: ${error.message}`)
      return
    }
    throw error
  }
}

export const config = {
  name: "ocop-generate-monthly-settlements",
  schedule: process.env.OCOP_SETTLEMENT_SCHEDULE || "0 1 * * *",
}
