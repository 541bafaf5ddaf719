import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type LoadSettlementPeriodInput = {
  period: string
  // Dates cross workflow steps serialized: ISO strings arrive.
  start: Date | string
  producer_id?: string | null
}

export type SettlementPeriodState = {
  rate_bp: number
  // Fees the office entered on the drafts being replaced, kept by the new ones.
  fees: Record<string, number>
}

/**
 * Refuses to recompute a period that has a paid statement in scope (409: a paid
 * statement never changes; corrections go into the next period) or that has not
 * begun; reads the office's commission rate and the drafts' fees.
 */
export const loadSettlementPeriodStep = createStep(
  "ocop-load-settlement-period",
  async (input: LoadSettlementPeriodInput, { container }) => {
    const start = new Date(input.start)
    if (start.getTime() > Date.now()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `period: ${input.period} has not begun`
      )
    }
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const existing = await settlement.listSettlementStatements(
      {
        period_start: start,
        ...(input.producer_id ? { producer_id: input.producer_id } : {}),
      },
      { select: ["id", "producer_id", "status", "fees"] }
    )
    const paid = existing.find((s) => s.status === "paid")
    if (paid) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `period: the statement of ${input.period} for producer ${paid.producer_id} is paid and never changes; later corrections go into the next period`
      )
    }
    const [setting] = await settlement.listSettlementSettings({}, { take: 1 })
    return new StepResponse<SettlementPeriodState>({
      rate_bp: setting?.commission_rate_bp ?? 0,
      fees: Object.fromEntries(
        existing.map((s) => [s.producer_id, Number(s.fees ?? 0)])
      ),
    })
  }
)
