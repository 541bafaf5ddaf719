import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamToday } from "../../../../../../modules/certification/rules/validity"
import { salesPointDailySales } from "../../../../../../queries/sales-points"
import { staffPoint } from "../../../../helpers"
import type { SalesPointGetSummaryParamsType } from "../../../../validators"

/** The day's counter sales at this point (today in Vietnam unless `date` is given). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetSummaryParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const summary = await salesPointDailySales(
    knex,
    point.id,
    req.validatedQuery.date ?? vietnamToday()
  )
  res.json({ summary })
}
