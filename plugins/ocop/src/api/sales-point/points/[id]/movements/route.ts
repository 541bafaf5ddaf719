import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../modules/sales-point/service"
import {
  namedSalesPointMovements,
  vietnamDayRange,
} from "../../../../../queries/sales-points"
import { staffPoint } from "../../../helpers"
import type { SalesPointGetMovementsParamsType } from "../../../validators"
import { movementsCsv } from "./movements-csv"

// A CSV export carries the whole filtered ledger, up to this many lines.
const CSV_MAX_ROWS = 50_000

/**
 * The point's stock ledger, newest first, filtered, each line with its product's
 * name, its order's number and its staff member's name; `format=csv` downloads it.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SalesPointGetMovementsParamsType>,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const { kind, reason, variant_id, from, to, format, limit, offset } =
    req.validatedQuery
  const created_at = {
    ...(from ? { $gte: vietnamDayRange(from).from } : {}),
    ...(to ? { $lt: vietnamDayRange(to).to } : {}),
  }
  const filters = {
    sales_point_id: point.id,
    ...(kind ? { kind } : {}),
    ...(reason ? { reason } : {}),
    ...(variant_id ? { variant_id } : {}),
    ...(from || to ? { created_at } : {}),
  }
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const csv = format === "csv"
  const [lines, count] = await ocop.listAndCountSalesPointMovements(filters, {
    order: { created_at: "DESC", id: "DESC" },
    take: csv ? CSV_MAX_ROWS : limit,
    skip: csv ? 0 : offset,
  })
  // Product names, order numbers and staff names instead of the ids they point at.
  const movements = await namedSalesPointMovements(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    lines
  )
  if (csv) {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="so-kho-${point.handle}.csv"`
    )
    res.send(movementsCsv(movements))
    return
  }
  res.json({ movements, count, limit, offset })
}
