import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const setSalesPointMovementReferenceStepId =
  "ocop-set-sales-point-movement-reference"
/**
 * Points ledger lines at what they belong to once it exists (a counter sale's order
 * is created after its stock is taken). The lines' own compensation removes them.
 */
export const setSalesPointMovementReferenceStep = createStep(
  setSalesPointMovementReferenceStepId,
  async (input: { ids: string[]; reference: string }, { container }) => {
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateSalesPointMovements(
        input.ids.map((id) => ({ id, reference: input.reference }))
      )
    return new StepResponse(undefined)
  }
)
