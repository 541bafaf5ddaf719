import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import {
  lotsOverStock,
  vietnamToday,
} from "../../../modules/sales-point/rules/lots"
import { LOCK_TIMEOUT_SECONDS, lockKeys } from "./change-sales-point-stock"

type Undo = {
  lot_updates: { id: string; remaining_quantity: number }[]
  lot_movement_ids: string[]
}

export const reconcileSalesPointLotsStepId = "ocop-reconcile-sales-point-lots"
/**
 * After Medusa took units from a sales point's stock location without the point's
 * ledger (an online order fulfilled there), takes them off the point's lots the way a
 * sale would, so lots never claim more than Medusa stocks (decision 405). Holds the
 * items' locks, as every stock change of the point does. A location that is no sales
 * point's is left alone. Compensation restores the lots.
 */
export const reconcileSalesPointLotsStep = createStep(
  reconcileSalesPointLotsStepId,
  async (
    input: {
      location_id: string
      inventory_item_ids: string[]
      reference?: string | null
    },
    { container }
  ) => {
    const undo: Undo = { lot_updates: [], lot_movement_ids: [] }
    const itemIds = [...new Set(input.inventory_item_ids)]
    if (!itemIds.length) return new StepResponse(undo, undo)
    // The fixed-name link table (decision 401), as the stock queries read it.
    const link = await container
      .resolve(ContainerRegistrationKeys.PG_CONNECTION)
      .select("sales_point_id")
      .from("ocop_sales_point_stock_location")
      .where("stock_location_id", input.location_id)
      .whereNull("deleted_at")
      .first()
    const pointId = link?.sales_point_id as string | undefined
    if (!pointId) return new StepResponse(undo, undo)
    const inventory = container.resolve(Modules.INVENTORY)
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const today = vietnamToday()
    await container.resolve(Modules.LOCKING).execute(
      lockKeys(itemIds),
      async () => {
        const [levels, lots] = await Promise.all([
          inventory.listInventoryLevels({
            inventory_item_id: itemIds,
            location_id: input.location_id,
          }),
          ocop.listSalesPointLots(
            {
              sales_point_id: pointId,
              inventory_item_id: itemIds,
              remaining_quantity: { $gt: 0 },
            },
            { order: { created_at: "ASC", id: "ASC" } }
          ),
        ])
        const takes = itemIds.flatMap((itemId) => {
          const level = levels.find((l) => l.inventory_item_id === itemId)
          return lotsOverStock(
            lots
              .filter((l) => l.inventory_item_id === itemId)
              .map((l) => ({
                id: l.id,
                expires_on: l.expires_on,
                remaining_quantity: Number(l.remaining_quantity),
              })),
            Number(level?.stocked_quantity ?? 0),
            today
          ).map((t) => ({ ...t, itemId }))
        })
        if (!takes.length) return
        const lotOf = (id: string) => lots.find((l) => l.id === id)!
        undo.lot_updates = takes.map((t) => ({
          id: t.lot_id,
          remaining_quantity: Number(lotOf(t.lot_id).remaining_quantity),
        }))
        await ocop.updateSalesPointLots(
          takes.map((t) => ({
            id: t.lot_id,
            remaining_quantity:
              Number(lotOf(t.lot_id).remaining_quantity) - t.quantity,
          }))
        )
        const written = await ocop.createSalesPointLotMovements(
          takes.map((t) => ({
            lot_id: t.lot_id,
            sales_point_id: pointId,
            inventory_item_id: t.itemId,
            movement_id: null,
            kind: "reconcile" as const,
            quantity: -t.quantity,
            reference: input.reference ?? null,
          }))
        )
        undo.lot_movement_ids = written.map((m) => m.id)
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
    return new StepResponse(undo, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo?.lot_updates.length) return
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    await ocop.deleteSalesPointLotMovements(undo.lot_movement_ids)
    await ocop.updateSalesPointLots(undo.lot_updates)
  }
)
