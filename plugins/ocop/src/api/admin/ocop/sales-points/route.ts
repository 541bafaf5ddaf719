import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  listSalesPoints,
  productStockByPoint,
} from "../../../../queries/sales-points"
import { createSalesPointsWorkflow } from "../../../../workflows/sales-point/create-sales-points"
import type {
  AdminCreateSalesPointType,
  AdminGetSalesPointsParamsType,
} from "./validators"

/** Every sales point with its place and stock location; with `product_id`, its stock of that product. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSalesPointsParamsType>,
  res: MedusaResponse
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { product_id, province_code } = req.validatedQuery
  const points = await listSalesPoints(knex, { province_code })
  const stock = product_id ? await productStockByPoint(knex, product_id) : null
  const sales_points = points.map((p) =>
    stock ? { ...p, stock: stock.filter((s) => s.sales_point_id === p.id) } : p
  )
  res.json({ sales_points, count: sales_points.length })
}

/** A new sales point with its own stock location. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSalesPointType>,
  res: MedusaResponse
) => {
  const { result } = await createSalesPointsWorkflow(req.scope).run({
    input: { sales_points: [req.validatedBody] },
  })
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [sales_point] = await listSalesPoints(knex, { id: [result[0].id] })
  res.status(201).json({ sales_point })
}
