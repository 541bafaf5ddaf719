import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../modules/sales-point/service"
import { shiftReports } from "../../../../../../workflows"
import { staffPoint } from "../../../../helpers"

/** One shift's report (the printable shift report); another point's shift is a 404. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const shifts = await ocop.listSalesPointShifts({
    id: req.params.shift_id,
    sales_point_id: point.id,
  })
  if (!shifts.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `shift_id: shift ${req.params.shift_id} was not found at this sales point`
    )
  }
  res.json({ shift: (await shiftReports(ocop, shifts))[0] })
}
