import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSalesPoints } from "../../../queries/sales-points"
import { currentStaff } from "../helpers"

/** The signed-in staff member and the sales points they work at. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const staff = await currentStaff(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sales_points = await listSalesPoints(knex, {
    id: staff.sales_point_ids,
  })
  res.json({
    staff: { id: staff.id, email: staff.email, name: staff.name },
    sales_points,
  })
}
