import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../modules/sales-point"
import type SalesPointModuleService from "../../modules/sales-point/service"
import { listSalesPoints, type SalesPointRow } from "../../queries/sales-points"
import type { SalesPointContext } from "../../workflows/sales-point/steps/sales-point-types"

export type CurrentStaff = {
  id: string
  email: string
  name: string | null
  sales_point_ids: string[]
}

/** The signed-in staff member (the token's actor) and the points they work at. */
export async function currentStaff(
  req: AuthenticatedMedusaRequest<any, any>
): Promise<CurrentStaff> {
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [staff] = await ocop.listSalesPointStaffs(
    { id: req.auth_context.actor_id },
    { select: ["id", "email", "name"], relations: ["sales_points"] }
  )
  if (!staff) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This staff login no longer exists"
    )
  }
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    sales_point_ids: (staff.sales_points ?? []).map((p: any) => p.id),
  }
}

/**
 * The sales point of the URL, if the staff member works there. Another point's id
 * is a 404, the same as one that does not exist: staff cannot probe other points.
 */
export async function staffPoint(
  req: AuthenticatedMedusaRequest<any, any>
): Promise<{
  staff: CurrentStaff
  point: SalesPointRow
  context: SalesPointContext
}> {
  const staff = await currentStaff(req)
  const id = req.params.id
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [point] = staff.sales_point_ids.includes(id)
    ? await listSalesPoints(knex, { id: [id] })
    : []
  if (!point) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales point ${id} was not found`
    )
  }
  return {
    staff,
    point,
    context: {
      sales_point_id: point.id,
      location_id: point.stock_location_id,
      staff: { id: staff.id, email: staff.email },
    },
  }
}
