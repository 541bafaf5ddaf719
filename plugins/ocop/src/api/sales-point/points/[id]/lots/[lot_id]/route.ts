import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../modules/sales-point/service"
import { namedSalesPointLots } from "../../../../../../queries/sales-point-lots"
import { namedSalesPointMovements } from "../../../../../../queries/sales-points"
import { staffPoint } from "../../../../helpers"

/**
 * One lot traced from its receipt to its sales: the lot, then every stock change
 * that moved it, oldest first, each with its ledger line (who, when, kind), its
 * order's number and the units it took or gave back. Another point's lot is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [lot] = await ocop.listSalesPointLots({
    id: req.params.lot_id,
    sales_point_id: point.id,
  })
  if (!lot) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `lot_id: lot ${req.params.lot_id} was not found at this sales point`
    )
  }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const lotMovements = await ocop.listSalesPointLotMovements(
    { lot_id: lot.id },
    { order: { created_at: "ASC", id: "ASC" } }
  )
  const ledgerIds = lotMovements
    .map((m) => m.movement_id)
    .filter(Boolean) as string[]
  const ledger = ledgerIds.length
    ? await namedSalesPointMovements(
        knex,
        await ocop.listSalesPointMovements({ id: ledgerIds })
      )
    : []
  const [named] = await namedSalesPointLots(knex, [lot])
  res.json({
    lot: named,
    trace: lotMovements.map((m) => {
      const line = ledger.find((l) => l.id === m.movement_id)
      return {
        id: m.id,
        kind: m.kind,
        quantity: m.quantity,
        created_at: m.created_at,
        reference: m.reference,
        order_display_id: line?.order_display_id ?? null,
        staff_name: line?.staff_name ?? null,
        movement_id: m.movement_id,
      }
    }),
  })
}
