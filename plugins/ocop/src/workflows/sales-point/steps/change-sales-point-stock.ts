import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type { OcopStockShortfall } from "../../../types/store"
import { OutOfStockError } from "../out-of-stock-error"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import {
  isExpired,
  type LotPick,
  lotsOverStock,
  returnToLots,
  takeFromLots,
  vietnamToday,
} from "../../../modules/sales-point/rules/lots"

export type SalesPointMovementKind =
  "receive" | "adjust" | "transfer_out" | "transfer_in" | "sale" | "return"

/** A lot the units of a positive line join (a receipt, a transfer received). */
export type NewSalesPointLot = {
  lot_code: string
  expires_on: string | null
  produced_on: string | null
  quantity: number
  source_lot_id?: string | null
}

/** What a ledger line took from (or gave to) each lot. */
export type SalesPointLotShare = {
  lot_id: string
  lot_code: string
  expires_on: string | null
  produced_on: string | null
  quantity: number
}

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
    // Positive lines: the lots the units join (their quantities add up to delta);
    // without them the units are unlotted, unless lot_return_of or lot_id says where.
    lots?: NewSalesPointLot[] | null
  }[]
  // The request field a shortfall is reported on ("items", "adjustment", "quantity").
  field: string
  // Negative lines: which lots the units leave (rules/lots.ts), "any" by default.
  lot_pick?: LotPick | null
  // The one lot a correction takes from or adds to.
  lot_id?: string | null
  // A counter return: the order whose sale's lots the units go back on.
  lot_return_of?: string | null
}

type Compensation = {
  location_id: string
  adjustments: { inventoryItemId: string; delta: number }[]
  movement_ids: string[]
  // Levels this change opened (a point receiving an item it never held): undone too.
  created_level_ids: string[]
  created_lot_ids: string[]
  // Lots whose remaining quantity changed, with the quantity before.
  lot_updates: { id: string; remaining_quantity: number }[]
  lot_movement_ids: string[]
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
 * inventory level here. Under the same locks it keeps the point's lots: units leave
 * the lots `lot_pick` chooses (a sale never takes an expired lot, and expired units
 * do not count as available for it), arrive as new lots or back on the lots a
 * returned sale took them from, and lots never claim more than Medusa stocks (an
 * excess left by an online fulfilment is taken off first, "reconcile").
 * Compensation puts the quantities back, removes the ledger and lot lines, the lots
 * and levels it opened, and restores the lots' remaining quantities.
 */
export const changeSalesPointStockStep = createStep(
  changeSalesPointStockStepId,
  async (input: ChangeSalesPointStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)

    const byItem = new Map<
      string,
      {
        delta: number
        variant_id: string | null
        label: string
        lots: NewSalesPointLot[]
      }
    >()
    for (const line of input.lines) {
      const seen = byItem.get(line.inventory_item_id)
      byItem.set(line.inventory_item_id, {
        delta: (seen?.delta ?? 0) + line.delta,
        variant_id: seen?.variant_id ?? line.variant_id,
        label: seen?.label ?? line.label,
        lots: [...(seen?.lots ?? []), ...(line.lots ?? [])],
      })
    }
    const itemIds = [...byItem.keys()]
    const pick = input.lot_pick ?? "any"
    const today = vietnamToday()

    return await locking.execute(
      lockKeys(itemIds),
      async () => {
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: itemIds,
          location_id: input.location_id,
        })
        const lotsOnHand = await ocop.listSalesPointLots(
          {
            sales_point_id: input.sales_point_id,
            inventory_item_id: itemIds,
            remaining_quantity: { $gt: 0 },
          },
          { order: { created_at: "ASC", id: "ASC" } }
        )
        // The lots' remaining quantities as this change leaves them, the lot lines
        // it writes (ledger line filled in once it exists) and the lots it opens.
        const remaining = new Map(
          lotsOnHand.map((l) => [l.id, Number(l.remaining_quantity)])
        )
        const lotById = new Map<string, any>(lotsOnHand.map((l) => [l.id, l]))
        const lotLines: {
          lot_id: string
          inventory_item_id: string
          kind: string
          quantity: number
          ledger: boolean
        }[] = []
        const moveLot = (
          lotId: string,
          itemId: string,
          quantity: number,
          kind: string,
          ledger = true
        ) => {
          remaining.set(lotId, (remaining.get(lotId) ?? 0) + quantity)
          lotLines.push({
            lot_id: lotId,
            inventory_item_id: itemId,
            kind,
            quantity,
            ledger,
          })
        }
        const onHand = (itemId: string) =>
          lotsOnHand
            .filter((l) => l.inventory_item_id === itemId)
            .map((l) => ({
              id: l.id,
              expires_on: l.expires_on,
              remaining_quantity: remaining.get(l.id) ?? 0,
            }))

        // Return: the lots the order's sale took from, with what is still out.
        const soldLots = input.lot_return_of
          ? await ocop.listSalesPointLotMovements({
              sales_point_id: input.sales_point_id,
              reference: input.lot_return_of,
              inventory_item_id: itemIds,
              kind: ["sale", "return"],
            })
          : []
        const missingLotIds = [
          ...new Set(
            [...soldLots.map((m) => m.lot_id), input.lot_id ?? ""].filter(
              (id) => id && !lotById.has(id)
            )
          ),
        ]
        if (missingLotIds.length) {
          for (const lot of await ocop.listSalesPointLots({
            id: missingLotIds,
            sales_point_id: input.sales_point_id,
          })) {
            lotById.set(lot.id, lot)
            remaining.set(lot.id, Number(lot.remaining_quantity))
          }
        }
        if (input.lot_id) {
          const lot = lotById.get(input.lot_id)
          if (!lot || !byItem.has(lot.inventory_item_id)) {
            throw new MedusaError(
              MedusaError.Types.NOT_FOUND,
              `lot_id: lot ${input.lot_id} of this product was not found at this sales point`
            )
          }
        }

        const missingLevels: string[] = []
        const newLots: { itemId: string; lot: NewSalesPointLot }[] = []
        // Every short line is named, not only the first: the counter marks them all.
        const shortLines: { message: string; line: OcopStockShortfall }[] = []
        const planned = itemIds.map((itemId) => {
          const { delta, variant_id, label, lots } = byItem.get(itemId)!
          const level = levels.find((l) => l.inventory_item_id === itemId)
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)

          // Lots never claim more than Medusa stocks: what left without a ledger
          // line (an online order fulfilled here, a level edited in Admin) comes
          // off the lots first, the way a sale would have taken it.
          for (const t of lotsOverStock(onHand(itemId), stocked, today))
            moveLot(t.lot_id, itemId, -t.quantity, "reconcile", false)
          const lotsNow = onHand(itemId)
          const unlotted =
            stocked - lotsNow.reduce((s, l) => s + l.remaining_quantity, 0)

          if (delta < 0) {
            const expired =
              pick === "sellable"
                ? lotsNow
                    .filter((l) => isExpired(l.expires_on, today))
                    .reduce((s, l) => s + l.remaining_quantity, 0)
                : 0
            if (stocked + delta < reserved + expired) {
              const available = Math.max(stocked - reserved - expired, 0)
              shortLines.push({
                message: expired
                  ? `${input.field}: out of stock at this sales point: "${label}" has ${available} available, ${-delta} needed (${expired} more are in expired lots, which cannot be sold)`
                  : `${input.field}: out of stock at this sales point: "${label}" has ${available} available, ${-delta} needed`,
                line: { variant_id, location_id: input.location_id, available, needed: -delta, expired },
              })
              return null
            }
            const { takes, short } = takeFromLots({
              quantity: -delta,
              unlotted,
              lots: lotsNow,
              today,
              pick,
              lot_id: input.lot_id,
            })
            if (short > 0) {
              throw new MedusaError(
                MedusaError.Types.NOT_ALLOWED,
                `lot_id: lot ${lotById.get(input.lot_id ?? "")?.lot_code ?? input.lot_id} has ${-delta - short} left, ${-delta} to take`
              )
            }
            for (const t of takes)
              moveLot(t.lot_id, itemId, -t.quantity, input.kind)
          } else if (delta > 0) {
            if (lots.length) {
              for (const lot of lots) newLots.push({ itemId, lot })
            } else if (input.lot_return_of) {
              const out = new Map<string, number>()
              for (const m of soldLots.filter(
                (m) => m.inventory_item_id === itemId
              ))
                out.set(m.lot_id, (out.get(m.lot_id) ?? 0) - Number(m.quantity))
              const { gives } = returnToLots({
                quantity: delta,
                taken: [...out]
                  .filter(([, n]) => n > 0)
                  .map(([id, outstanding]) => ({
                    id,
                    expires_on: lotById.get(id)?.expires_on ?? null,
                    remaining_quantity: remaining.get(id) ?? 0,
                    outstanding,
                  })),
              })
              for (const g of gives)
                moveLot(g.lot_id, itemId, g.quantity, input.kind)
            } else if (input.lot_id) {
              moveLot(input.lot_id, itemId, delta, input.kind)
            }
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
        if (shortLines.length) {
          throw new OutOfStockError(
            shortLines.map((s) => s.message).join("; "),
            shortLines.map((s) => s.line)
          )
        }
        const movements = planned.filter((m) => m !== null)
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
        const undo: Compensation = {
          location_id: input.location_id,
          adjustments: adjustments.map((a) => ({
            inventoryItemId: a.inventoryItemId,
            delta: a.adjustment,
          })),
          movement_ids: [],
          created_level_ids,
          created_lot_ids: [],
          lot_updates: [],
          lot_movement_ids: [],
        }
        try {
          const created = await ocop.createSalesPointMovements(movements)
          undo.movement_ids = created.map((m) => m.id)
          const movementOf = (itemId: string) =>
            created.find((m) => m.inventory_item_id === itemId)!
          const opened = newLots.length
            ? await ocop.createSalesPointLots(
                newLots.map(({ itemId, lot }) => ({
                  sales_point_id: input.sales_point_id,
                  inventory_item_id: itemId,
                  variant_id: byItem.get(itemId)!.variant_id,
                  lot_code: lot.lot_code,
                  expires_on: lot.expires_on,
                  produced_on: lot.produced_on,
                  received_quantity: lot.quantity,
                  remaining_quantity: lot.quantity,
                  received_movement_id: movementOf(itemId).id,
                  source_lot_id: lot.source_lot_id ?? null,
                }))
              )
            : []
          undo.created_lot_ids = opened.map((l) => l.id)
          opened.forEach((l, i) => {
            lotById.set(l.id, l)
            lotLines.push({
              lot_id: l.id,
              inventory_item_id: newLots[i].itemId,
              kind: input.kind,
              quantity: newLots[i].lot.quantity,
              ledger: true,
            })
          })
          const changed = [...new Set(lotLines.map((l) => l.lot_id))].filter(
            (id) => !undo.created_lot_ids.includes(id)
          )
          undo.lot_updates = changed.map((id) => ({
            id,
            remaining_quantity: Number(lotById.get(id).remaining_quantity),
          }))
          if (changed.length)
            await ocop.updateSalesPointLots(
              changed.map((id) => ({
                id,
                remaining_quantity: remaining.get(id)!,
              }))
            )
          const lotMovements = lotLines.length
            ? await ocop.createSalesPointLotMovements(
                lotLines.map((l) => ({
                  lot_id: l.lot_id,
                  sales_point_id: input.sales_point_id,
                  inventory_item_id: l.inventory_item_id,
                  movement_id: l.ledger
                    ? movementOf(l.inventory_item_id).id
                    : null,
                  kind: l.kind as any,
                  quantity: l.quantity,
                  reference: l.ledger ? (input.reference ?? null) : null,
                }))
              )
            : []
          undo.lot_movement_ids = lotMovements.map((m) => m.id)
          const shares = (movementId: string): SalesPointLotShare[] =>
            lotLines
              .filter(
                (l) =>
                  l.ledger &&
                  movementOf(l.inventory_item_id).id === movementId
              )
              .map((l) => {
                const lot = lotById.get(l.lot_id)
                return {
                  lot_id: l.lot_id,
                  lot_code: lot.lot_code,
                  expires_on: lot.expires_on ?? null,
                  produced_on: lot.produced_on ?? null,
                  quantity: l.quantity,
                }
              })
          return new StepResponse(
            created.map((m) => ({ ...m, lots: shares(m.id) })),
            undo
          )
        } catch (error) {
          await undoChange(container, undo)
          throw error
        }
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  },
  async (data: Compensation | undefined, { container }) => {
    if (!data?.adjustments.length) return
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(
      lockKeys(data.adjustments.map((a) => a.inventoryItemId)),
      () => undoChange(container, data),
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  }
)

// Puts the stock back and removes what the change wrote (called holding the locks).
async function undoChange(container: any, data: Compensation) {
  const inventory = container.resolve(Modules.INVENTORY)
  const ocop = container.resolve(SALES_POINT_MODULE) as SalesPointModuleService
  await inventory.adjustInventory(
    data.adjustments.map((a) => ({
      inventoryItemId: a.inventoryItemId,
      locationId: data.location_id,
      adjustment: -a.delta,
    }))
  )
  if (data.created_level_ids?.length)
    await inventory.deleteInventoryLevels(data.created_level_ids)
  if (data.movement_ids?.length)
    await ocop.deleteSalesPointMovements(data.movement_ids)
  if (data.lot_movement_ids?.length)
    await ocop.deleteSalesPointLotMovements(data.lot_movement_ids)
  if (data.created_lot_ids?.length)
    await ocop.deleteSalesPointLots(data.created_lot_ids)
  if (data.lot_updates?.length) await ocop.updateSalesPointLots(data.lot_updates)
}
