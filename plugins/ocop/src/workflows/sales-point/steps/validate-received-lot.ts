import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  receivedLotProblem,
  vietnamToday,
} from "../../../modules/sales-point/rules/lots"

export const validateReceivedLotStepId = "ocop-validate-received-lot"
/**
 * A delivery's lot against the product's OCOP set (rules/lots.ts): food is received
 * only with its lot code and expiry date, never already expired. 400 naming the
 * field; writes nothing.
 */
export const validateReceivedLotStep = createStep(
  validateReceivedLotStepId,
  async (input: {
    category_set: string | null
    lot_code?: string | null
    expires_on?: string | null
    produced_on?: string | null
  }) => {
    const problem = receivedLotProblem({ ...input, today: vietnamToday() })
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    return new StepResponse(undefined)
  }
)
