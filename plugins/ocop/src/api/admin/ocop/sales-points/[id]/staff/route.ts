import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../modules/sales-point/service"
import { createSalesPointStaffWorkflow } from "../../../../../../workflows/sales-point/create-sales-point-staff"
import type { AdminCreateSalesPointStaffType } from "../../validators"

async function pointOr404(ocop: SalesPointModuleService, id: string) {
  const [point] = await ocop.listSalesPoints(
    { id },
    { select: ["id"], relations: ["staff"] }
  )
  if (!point) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales point ${id} was not found`
    )
  }
  return point
}

/** The staff who work at this point. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const point = await pointOr404(ocop, req.params.id)
  res.json({
    staff: (point.staff ?? []).map((s: any) => ({
      id: s.id,
      email: s.email,
      name: s.name,
    })),
  })
}

/**
 * Gives a person a staff login at this point (email + password), or, for someone
 * who already has one, adds this point to theirs.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSalesPointStaffType>,
  res: MedusaResponse
) => {
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const point = await pointOr404(ocop, req.params.id)
  const { email, password, name } = req.validatedBody
  const [existing] = await ocop.listSalesPointStaffs(
    { email },
    { select: ["id"], relations: ["sales_points"] }
  )
  if (existing) {
    const ids = new Set((existing.sales_points ?? []).map((p: any) => p.id))
    ids.add(point.id)
    await ocop.updateSalesPointStaffs({
      id: existing.id,
      sales_points: [...ids],
    } as any)
    res.json({ staff: { id: existing.id, email, sales_point_ids: [...ids] } })
    return
  }
  if (!password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "password: required for a new staff login (at least 8 characters)"
    )
  }
  const { result } = await createSalesPointStaffWorkflow(req.scope).run({
    input: {
      staff: [{ email, password, name, sales_point_ids: [point.id] }],
    },
  })
  res.status(201).json({
    staff: { id: result[0].id, email, sales_point_ids: [point.id] },
  })
}
