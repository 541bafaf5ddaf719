import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesPointReceivableVariants } from "../../../../../queries/sales-points"
import { staffPoint } from "../../../helpers"
import type { SalesPointGetVariantsParamsType } from "../../../validators"

/**
 * Variants of certified products this point can receive, found by name or SKU,
 * with what it holds of each: a delivery may bring a product it never held.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetVariantsParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { q, limit, offset } = req.validatedQuery
  const { variants, count } = await salesPointReceivableVariants(
    knex,
    point.stock_location_id,
    { q, limit, offset }
  )
  res.json({ variants, count, limit, offset })
}
