import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  LOW_STOCK_THRESHOLD,
  salesPointStock,
} from "../../../../../queries/sales-points"
import { staffPoint } from "../../../helpers"
import type { SalesPointGetStockParamsType } from "../../../validators"

/** The point's stock per variant, low lines first, searchable by name or SKU. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetStockParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { q, low_only, limit, offset } = req.validatedQuery
  const { stock, count } = await salesPointStock(
    knex,
    point.stock_location_id,
    {
      q,
      low_only,
      limit,
      offset,
    }
  )
  res.json({
    stock,
    count,
    limit,
    offset,
    low_stock_threshold: LOW_STOCK_THRESHOLD,
  })
}
