import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type SetSettlementCommissionRateInput = {
  commission_rate_bp: number
  updated_by?: string | null
}

/** Writes the office's one settings row; compensation restores or removes it. */
export const setSettlementCommissionRateStep = createStep(
  "ocop-set-settlement-commission-rate",
  async (input: SetSettlementCommissionRateInput, { container }) => {
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const [current] = await settlement.listSettlementSettings({}, { take: 1 })
    const data = {
      commission_rate_bp: input.commission_rate_bp,
      updated_by: input.updated_by ?? null,
    }
    const saved = current
      ? await settlement.updateSettlementSettings({ id: current.id, ...data })
      : await settlement.createSettlementSettings(data)
    return new StepResponse(saved, {
      id: saved.id,
      previous: current
        ? {
            commission_rate_bp: current.commission_rate_bp,
            updated_by: current.updated_by,
          }
        : null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    if (undo.previous)
      await settlement.updateSettlementSettings({ id: undo.id, ...undo.previous })
    else await settlement.deleteSettlementSettings(undo.id)
  }
)
