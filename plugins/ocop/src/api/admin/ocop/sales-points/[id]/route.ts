import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { listSalesPoints } from "../../../../../queries/sales-points"

/** One sales point. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [sales_point] = await listSalesPoints(knex, { id: [req.params.id] })
  if (!sales_point) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales point ${req.params.id} was not found`
    )
  }
  res.json({ sales_point })
}
