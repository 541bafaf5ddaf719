import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import type SalesPointModuleService from "../../modules/sales-point/service"
import type { SalesPointContext } from "./steps/sales-point-types"

export type OpenSalesPointShiftInput = SalesPointContext & {
  opening_float: number
  note?: string | null
}

export const openSalesPointShiftStepId = "ocop-open-sales-point-shift"
/**
 * Opens the point's till with its cash float; a point with a shift open already is
 * refused (400 naming `shift`). Compensation deletes the new shift.
 */
export const openSalesPointShiftStep = createStep(
  openSalesPointShiftStepId,
  async (input: OpenSalesPointShiftInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const [open] = await ocop.listSalesPointShifts(
      { sales_point_id: input.sales_point_id, status: "open" },
      { take: 1 }
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `shift: a shift is already open at this sales point (${open.id}); close it first`
      )
    }
    const shift = await ocop.createSalesPointShifts({
      sales_point_id: input.sales_point_id,
      opening_float: input.opening_float,
      opened_by: input.staff.id ?? input.staff.email ?? "",
      note: input.note ?? null,
    })
    return new StepResponse(shift, shift.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPointShifts([id])
  }
)

export const openSalesPointShiftWorkflowId = "ocop-open-sales-point-shift"
/** Opens a shift at a sales point, one at a time (a lock on the point). */
export const openSalesPointShiftWorkflow = createWorkflow(
  openSalesPointShiftWorkflowId,
  (input: WorkflowData<OpenSalesPointShiftInput>) => {
    const key = transform(
      { input },
      ({ input }) => `ocop-sales-point-shift:${input.sales_point_id}`
    )
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const shift = openSalesPointShiftStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(shift)
  }
)
