import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type SalesPointMovementKind =
  "receive" | "adjust" | "transfer_out" | "transfer_in" | "sale" | "return"

export type ChangeSalesPointStockInput = {
  sales_point_id: string
  location_id: string
  kind: SalesPointMovementKind
  reason?: string | null
  reference?: string | null
  note?: string | null
  staff: { id: string | null; email: string | null }
  lines: {
    inventory_item_id: string
    variant_id: string | null
    delta: number
    label: string
  }[]
  // The request field a shortfall is reported on ("items", "adjustment", "quantity").
  field: string
}

type Compensation = {
  location_id: string
  adjustments: { inventoryItemId: string; delta: number }[]
  movement_ids: string[]
  // Levels this change opened (a point receiving an item it never held): undone too.
  created_level_ids: string[]
}

// The Locking Module keys of core's reserveInventoryStep (the inventory item ids), so
// that online checkouts reserving the same items wait for a counter sale and vice versa.
// Sorted, so two callers never hold one key each while waiting for the other's.
export const lockKeys = (ids: string[]) => [...new Set(ids)].sort()
export const LOCK_TIMEOUT_SECONDS = 30

export const changeSalesPointStockStepId = "ocop-change-sales-point-stock"
/**
 * Changes the stocked quantity of items at a sales point's stock location and writes
 * the ledger, holding the items' locks: the check "enough available (stocked minus
 * reserved)" and the change cannot interleave with another sale, transfer or online
 * reservation, so no unit is sold twice. Lines of one inventory item are summed first
 * (two variants may share one item). An item the point never held gets its
 * inventory level here. Compensation puts the quantities back, removes the ledger
 * lines and the levels it opened.
 */
export const changeSalesPointStockStep = createStep(
  changeSalesPointStockStepId,
  async (input: ChangeSalesPointStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)

    const byItem = new Map<
      string,
      { delta: number; variant_id: string | null; label: string }
    >()
    for (const line of input.lines) {
      const seen = byItem.get(line.inventory_item_id)
      byItem.set(line.inventory_item_id, {
        delta: (seen?.delta ?? 0) + line.delta,
        variant_id: seen?.variant_id ?? line.variant_id,
        label: seen?.label ?? line.label,
      })
    }
    const itemIds = [...byItem.keys()]

    return await locking.execute(
      lockKeys(itemIds),
      async () => {
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: itemIds,
          location_id: input.location_id,
        })
        const missingLevels: string[] = []
        const movements = itemIds.map((itemId) => {
          const { delta, variant_id, label } = byItem.get(itemId)!
          const level = levels.find((l) => l.inventory_item_id === itemId)
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)
          if (delta < 0 && stocked + delta < reserved) {
            const available = Math.max(stocked - reserved, 0)
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `${input.field}: out of stock at this sales point: "${label}" has ${available} available, ${-delta} needed`
            )
          }
          if (!level) missingLevels.push(itemId)
          return {
            sales_point_id: input.sales_point_id,
            inventory_item_id: itemId,
            variant_id,
            kind: input.kind,
            reason: input.reason ?? null,
            quantity: delta,
            quantity_before: stocked,
            quantity_after: stocked + delta,
            staff_id: input.staff.id,
            staff_email: input.staff.email,
            reference: input.reference ?? null,
            note: input.note ?? null,
          }
        })
        const createdLevels = missingLevels.length
          ? await inventory.createInventoryLevels(
              missingLevels.map((inventory_item_id) => ({
                inventory_item_id,
                location_id: input.location_id,
                stocked_quantity: 0,
              }))
            )
          : []
        const created_level_ids = createdLevels.map((l) => l.id)
        const adjustments = movements.map((m) => ({
          inventoryItemId: m.inventory_item_id,
          locationId: input.location_id,
          adjustment: m.quantity,
        }))
        try {
          await inventory.adjustInventory(adjustments)
        } catch (error) {
          if (created_level_ids.length)
            await inventory.deleteInventoryLevels(created_level_ids)
          throw error
        }
        try {
          const created = await ocop.createSalesPointMovements(movements)
          return new StepResponse(created, {
            location_id: input.location_id,
            adjustments: adjustments.map((a) => ({
              inventoryItemId: a.inventoryItemId,
              delta: a.adjustment,
            })),
            movement_ids: created.map((m) => m.id),
            created_level_ids,
          } satisfies Compensation)
        } catch (error) {
          await inventory.adjustInventory(
            adjustments.map((a) => ({ ...a, adjustment: -a.adjustment }))
          )
          if (created_level_ids.length)
            await inventory.deleteInventoryLevels(created_level_ids)
          throw error
        }
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  },
  async (data: Compensation | undefined, { container }) => {
    if (!data?.adjustments.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(
      lockKeys(data.adjustments.map((a) => a.inventoryItemId)),
      async () => {
        await inventory.adjustInventory(
          data.adjustments.map((a) => ({
            inventoryItemId: a.inventoryItemId,
            locationId: data.location_id,
            adjustment: -a.delta,
          }))
        )
        if (data.created_level_ids?.length)
          await inventory.deleteInventoryLevels(data.created_level_ids)
        await container
          .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
          .deleteSalesPointMovements(data.movement_ids)
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  }
)
