import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSalesPoints } from "../../../queries/sales-points"
import { currentStaff } from "../helpers"

/**
 * Every sales point by name and place (the destinations of a transfer), each marked
 * `mine` if the staff member works there. Other points' stock stays out of reach.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const staff = await currentStaff(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const points = await listSalesPoints(knex)
  res.json({
    sales_points: points.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      address: p.address,
      province: p.province,
      mine: staff.sales_point_ids.includes(p.id),
    })),
  })
}
