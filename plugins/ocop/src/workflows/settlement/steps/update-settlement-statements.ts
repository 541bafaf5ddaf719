import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type SettlementStatementUpdate = {
  id: string
  fees?: number
  net_payable?: number
  status?: "draft" | "paid"
  paid_at?: Date | null
  paid_by?: string | null
  transfer_reference?: string | null
}

/** Updates statements; compensation restores the changed fields' previous values. */
export const updateSettlementStatementsStep = createStep(
  "ocop-update-settlement-statements",
  async (input: SettlementStatementUpdate[], { container }) => {
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const fields = [...new Set(input.flatMap((u) => Object.keys(u)))]
    const before = await settlement.listSettlementStatements(
      { id: input.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await settlement.updateSettlementStatements(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container
      .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
      .updateSettlementStatements(before as any)
  }
)
