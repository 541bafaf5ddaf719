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

/**
 * The point's goods per variant (never experience seats), low lines first unless
 * sorted otherwise, searchable by name, SKU or barcode, filtered by OCOP set and producer.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetStockParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { limit, offset } = req.validatedQuery
  const { stock, count, facets } = await salesPointStock(
    knex,
    point.stock_location_id,
    req.validatedQuery
  )
  res.json({
    stock,
    count,
    facets,
    limit,
    offset,
    low_stock_threshold: LOW_STOCK_THRESHOLD,
  })
}
