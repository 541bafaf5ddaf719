import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  listSalesPoints,
  publicSalesPoint,
  salesPointsHavingProduct,
} from "../../../../queries/sales-points"
import type {
  OcopSalesPointAvailability,
  StoreOcopSalesPointsResponse,
} from "../../../../types/store"
import { translateResponse } from "../../translate-response"
import type { StoreGetSalesPointsParamsType } from "./validators"

/**
 * OCOP sales points by province (address, hours, phone). With `product_id`, only
 * the points that have the product now, each `in_stock` or `few_left`: shoppers
 * never see counts.
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetSalesPointsParamsType>,
  res: MedusaResponse
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { province_code, product_id } = req.validatedQuery
  if (!product_id) {
    const points = await listSalesPoints(knex, { province_code })
    await translateResponse(req, points)
    res.json({
      sales_points: points.map(publicSalesPoint),
      count: points.length,
    } satisfies StoreOcopSalesPointsResponse)
    return
  }
  const having = (await salesPointsHavingProduct(knex, product_id)).filter(
    (p) => !province_code || p.province.code === province_code
  )
  await translateResponse(req, having)
  res.json({
    sales_points: having,
    count: having.length,
  } satisfies StoreOcopSalesPointsResponse<OcopSalesPointAvailability>)
}
