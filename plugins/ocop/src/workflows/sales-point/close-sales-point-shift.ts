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
import { shiftReports } from "./steps/shift-report"
import type { SalesPointContext } from "./steps/sales-point-types"

export type CloseSalesPointShiftInput = SalesPointContext & {
  shift_id: string
  counted_cash: number
  note?: string | null
}

export const closeSalesPointShiftStepId = "ocop-close-sales-point-shift"
/**
 * Closes the point's open shift with the cash counted: the expected cash (float +
 * cash taken − cash refunded) and the difference are kept with it. Another point's
 * shift is a 404; a closed one a 400 naming `shift_id`. Compensation reopens it.
 */
export const closeSalesPointShiftStep = createStep(
  closeSalesPointShiftStepId,
  async (input: CloseSalesPointShiftInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const [shift] = await ocop.listSalesPointShifts(
      { id: input.shift_id, sales_point_id: input.sales_point_id },
      { take: 1 }
    )
    if (!shift) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `shift_id: shift ${input.shift_id} was not found at this sales point`
      )
    }
    if (shift.status !== "open") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `shift_id: shift ${input.shift_id} is already closed`
      )
    }
    const [report] = await shiftReports(ocop, [shift])
    const closed = await ocop.updateSalesPointShifts({
      id: shift.id,
      status: "closed",
      closed_by: input.staff.id ?? input.staff.email,
      closed_at: new Date(),
      expected_cash: report.expected_cash,
      counted_cash: input.counted_cash,
      difference: input.counted_cash - report.expected_cash,
      note: input.note ?? shift.note ?? null,
    })
    return new StepResponse(closed, { id: shift.id, note: shift.note })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .updateSalesPointShifts({
        id: undo.id,
        status: "open",
        closed_by: null,
        closed_at: null,
        expected_cash: null,
        counted_cash: null,
        difference: null,
        note: undo.note,
      })
  }
)

export const closeSalesPointShiftWorkflowId = "ocop-close-sales-point-shift"
/** Closes a shift with the counted cash; the difference is recorded. */
export const closeSalesPointShiftWorkflow = createWorkflow(
  closeSalesPointShiftWorkflowId,
  (input: WorkflowData<CloseSalesPointShiftInput>) => {
    const key = transform(
      { input },
      ({ input }) => `ocop-sales-point-shift:${input.sales_point_id}`
    )
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const shift = closeSalesPointShiftStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(shift)
  }
)
