import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readOcopDashboard } from "../../../../queries/ocop-dashboard"
import type { AdminGetOcopDashboardParamsType } from "./validators"

/** The programme figures: products by stars, province and sector, producers by type, expiring certificates, monthly sales. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOcopDashboardParamsType>,
  res: MedusaResponse
) => {
  const { today, within_days } = req.validatedQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The calendar day in Vietnam, where the certificates' dates are meant.
  const day =
    today ??
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(
      new Date()
    )
  res.json({
    dashboard: await readOcopDashboard(knex, {
      today: day,
      withinDays: within_days,
    }),
  })
}
