import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export const setSalesPointMovementReferenceStepId =
  "ocop-set-sales-point-movement-reference"
/**
 * Points ledger lines at what they belong to once it exists (a counter sale's order
 * is created after its stock is taken), and the lot lines written with them, so a
 * lot traces to the order. The lines' own compensation removes them.
 */
export const setSalesPointMovementReferenceStep = createStep(
  setSalesPointMovementReferenceStepId,
  async (input: { ids: string[]; reference: string }, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    await ocop.updateSalesPointMovements(
      input.ids.map((id) => ({ id, reference: input.reference }))
    )
    const lotLines = await ocop.listSalesPointLotMovements(
      { movement_id: input.ids },
      { select: ["id"] }
    )
    if (lotLines.length)
      await ocop.updateSalesPointLotMovements(
        lotLines.map((l) => ({ id: l.id, reference: input.reference }))
      )
    return new StepResponse(undefined)
  }
)
