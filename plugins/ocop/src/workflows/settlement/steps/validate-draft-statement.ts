import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type ValidateDraftStatementInput = { id: string; paying?: boolean }

/**
 * The statement to change: 404 if unknown, 409 once paid (it never changes). To be
 * paid, it must have been computed after its period ended, so it holds every sale.
 */
export const validateDraftStatementStep = createStep(
  "ocop-validate-draft-statement",
  async (input: ValidateDraftStatementInput, { container }) => {
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const [statement] = await settlement.listSettlementStatements({
      id: input.id,
    })
    if (!statement) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Settlement statement ${input.id} was not found`
      )
    }
    if (statement.status === "paid") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: statement ${input.id} is paid and never changes; later corrections go into the next period`
      )
    }
    if (
      input.paying &&
      new Date(statement.computed_at).getTime() <
        new Date(statement.period_end).getTime()
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: statement ${input.id} was computed before its period ended; regenerate it before paying`
      )
    }
    return new StepResponse(statement)
  }
)
