import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  listSalesPoints,
  productAvailabilityByPoint,
  type SalesPointRow,
} from "../../../../queries/sales-points"
import type {
  OcopSalesPointAvailability,
  StoreOcopSalesPointsResponse,
} from "../../../../types/store"
import type { StoreGetSalesPointsParamsType } from "./validators"

const publicPoint = ({
  stock_location_id: _location,
  ...point
}: SalesPointRow) => point

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
  const points = await listSalesPoints(knex, { province_code })
  if (!product_id) {
    res.json({
      sales_points: points.map(publicPoint),
      count: points.length,
    } satisfies StoreOcopSalesPointsResponse)
    return
  }
  const availability = new Map(
    (await productAvailabilityByPoint(knex, product_id)).map((a) => [
      a.sales_point_id,
      a.availability,
    ])
  )
  const having = points
    .filter((p) => availability.has(p.id))
    .map((p) => ({ ...publicPoint(p), availability: availability.get(p.id)! }))
  res.json({
    sales_points: having,
    count: having.length,
  } satisfies StoreOcopSalesPointsResponse<OcopSalesPointAvailability>)
}
