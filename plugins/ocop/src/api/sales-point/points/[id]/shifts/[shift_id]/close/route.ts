import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SALES_POINT_MODULE } from "../../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../../modules/sales-point/service"
import {
  closeSalesPointShiftWorkflow,
  shiftReports,
} from "../../../../../../../workflows"
import { staffPoint } from "../../../../../helpers"
import { respondOnce } from "../../../../../idempotency"
import type { SalesPointCloseShiftType } from "../../../../../validators"

/** Closes the shift with the cash counted; the answer is its report with the difference. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointCloseShiftType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await closeSalesPointShiftWorkflow(req.scope).run({
      input: {
        ...context,
        ...req.validatedBody,
        shift_id: req.params.shift_id,
      },
    })
    const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    return { shift: (await shiftReports(ocop, [result]))[0] }
  })
}
