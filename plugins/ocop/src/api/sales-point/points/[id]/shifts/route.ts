import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SALES_POINT_MODULE } from "../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../modules/sales-point/service"
import {
  openSalesPointShiftWorkflow,
  shiftReports,
} from "../../../../../workflows"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type {
  SalesPointGetShiftsParamsType,
  SalesPointOpenShiftType,
} from "../../../validators"

/** The point's shifts, newest first, each with its report (sales and refunds by method, cash). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetShiftsParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const { status, limit, offset } = req.validatedQuery
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [shifts, count] = await ocop.listAndCountSalesPointShifts(
    { sales_point_id: point.id, ...(status ? { status } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ shifts: await shiftReports(ocop, shifts), count, limit, offset })
}

/** Opens the point's till with the cash float; one shift open at a time (400 naming `shift`). */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointOpenShiftType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await openSalesPointShiftWorkflow(req.scope).run({
      input: { ...context, ...req.validatedBody },
    })
    const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    return { shift: (await shiftReports(ocop, [result]))[0] }
  })
}
