import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamToday } from "../../../../modules/certification/rules/validity"
import { readOcopDashboard } from "../../../../queries/ocop-dashboard"
import type { AdminGetOcopDashboardParamsType } from "./validators"

/** The programme figures: products by stars, province and sector, producers by type, expiring certificates, monthly sales. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOcopDashboardParamsType>,
  res: MedusaResponse
) => {
  const { today, within_days } = req.validatedQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const day = today ?? vietnamToday()
  res.json({
    dashboard: await readOcopDashboard(knex, {
      today: day,
      withinDays: within_days,
    }),
  })
}
