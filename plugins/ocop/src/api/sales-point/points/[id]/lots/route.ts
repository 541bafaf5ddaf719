import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../modules/sales-point/service"
import { EXPIRING_WITHIN_DAYS } from "../../../../../modules/sales-point/rules/lots"
import {
  expiringBy,
  namedSalesPointLots,
} from "../../../../../queries/sales-point-lots"
import { staffPoint } from "../../../helpers"
import type { SalesPointGetLotsParamsType } from "../../../validators"

/**
 * The point's lots with units left, earliest expiry first. `expiring_within=30` is
 * "Sắp hết hạn": those expiring within 30 days, and those already expired (which
 * cannot be sold and wait to be written off).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetLotsParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const { expiring_within, variant_id, lot_code, limit, offset } =
    req.validatedQuery
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [lots, count] = await ocop.listAndCountSalesPointLots(
    {
      sales_point_id: point.id,
      remaining_quantity: { $gt: 0 },
      ...(expiring_within !== undefined
        ? { expires_on: { $ne: null, $lte: expiringBy(expiring_within) } }
        : {}),
      ...(variant_id ? { variant_id } : {}),
      ...(lot_code ? { lot_code } : {}),
    },
    {
      order: { expires_on: "ASC", created_at: "ASC", id: "ASC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({
    lots: await namedSalesPointLots(
      req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
      lots
    ),
    count,
    limit,
    offset,
    expiring_within_days: expiring_within ?? EXPIRING_WITHIN_DAYS,
  })
}
