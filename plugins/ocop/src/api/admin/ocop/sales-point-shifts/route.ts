import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../modules/sales-point/service"
import { listSalesPoints } from "../../../../queries/sales-points"
import { shiftReports } from "../../../../workflows"
import type { AdminGetSalesPointShiftsParamsType } from "./validators"

/**
 * Every sales point's shifts for the office, newest first, with each report and the
 * point's and staff members' names; filtered by point and status.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSalesPointShiftsParamsType>,
  res: MedusaResponse
) => {
  const { sales_point_id, status, limit, offset } = req.validatedQuery
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [shifts, count] = await ocop.listAndCountSalesPointShifts(
    {
      ...(sales_point_id ? { sales_point_id } : {}),
      ...(status ? { status } : {}),
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  const reports = await shiftReports(ocop, shifts)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const points = new Map(
    (await listSalesPoints(knex)).map((p) => [p.id, p.name])
  )
  const staffIds = [
    ...new Set(
      reports.flatMap((r) => [r.opened_by, r.closed_by]).filter(Boolean)
    ),
  ] as string[]
  const staff = staffIds.length
    ? await ocop.listSalesPointStaffs({ id: staffIds }, { select: ["id", "name", "email"] })
    : []
  const nameOf = (id: string | null) => {
    const s = staff.find((x) => x.id === id)
    return s ? s.name || s.email : id
  }
  res.json({
    shifts: reports.map((r) => ({
      ...r,
      sales_point_name: points.get(r.sales_point_id) ?? null,
      opened_by_name: nameOf(r.opened_by),
      closed_by_name: r.closed_by ? nameOf(r.closed_by) : null,
    })),
    count,
    limit,
    offset,
  })
}
