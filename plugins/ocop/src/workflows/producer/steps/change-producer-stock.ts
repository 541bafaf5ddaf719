import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import {
  LOCK_TIMEOUT_SECONDS,
  lockKeys,
} from "../../sales-point/steps/change-sales-point-stock"

export type ChangeProducerStockInput = {
  producer_id: string
  location_id: string
  inventory_item_id: string
  variant_id: string
  label: string
  /** The new stocked quantity, or a signed change of it: exactly one. */
  quantity?: number
  change?: number
  reason: string
  member: { id: string | null; email: string | null }
}

type Compensation = {
  location_id: string
  inventory_item_id: string
  delta: number
  movement_id: string
  created_level_id: string | null
}

export const changeProducerStockStepId = "ocop-change-producer-stock"
/**
 * Sets what a producer declares it can ship of one item from its premises and writes
 * the ledger line, under the item's lock (the key core's reservation and the sales
 * points' stock changes take), so an online order reserving the item cannot slip in
 * between the check and the change. The stocked quantity never goes below what is
 * reserved there: 400 naming the field the producer filled in. The level is opened
 * the first time; compensation puts the quantity back, removes the line and the level.
 */
export const changeProducerStockStep = createStep(
  changeProducerStockStepId,
  async (input: ChangeProducerStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const field = input.quantity !== undefined ? "quantity" : "change"
    return await container.resolve(Modules.LOCKING).execute(
      lockKeys([input.inventory_item_id]),
      async () => {
        const [level] = await inventory.listInventoryLevels({
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
        })
        const stocked = Number(level?.stocked_quantity ?? 0)
        const reserved = Number(level?.reserved_quantity ?? 0)
        const target =
          input.quantity !== undefined ? input.quantity : stocked + input.change!
        if (target < reserved) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: "${input.label}" has ${reserved} reserved for orders; the stock cannot go below that (asked ${target})`
          )
        }
        const created = level
          ? null
          : (
              await inventory.createInventoryLevels([
                {
                  inventory_item_id: input.inventory_item_id,
                  location_id: input.location_id,
                  stocked_quantity: 0,
                },
              ])
            )[0]
        const delta = target - stocked
        const undoLevel = async () => {
          if (created) await inventory.deleteInventoryLevels([created.id])
        }
        try {
          if (delta)
            await inventory.adjustInventory(
              input.inventory_item_id,
              input.location_id,
              delta
            )
        } catch (error) {
          await undoLevel()
          throw error
        }
        try {
          const movement = await ocop.createProducerStockMovements({
            producer_id: input.producer_id,
            stock_location_id: input.location_id,
            inventory_item_id: input.inventory_item_id,
            variant_id: input.variant_id,
            reason: input.reason,
            quantity: delta,
            quantity_before: stocked,
            quantity_after: target,
            member_id: input.member.id,
            member_email: input.member.email,
          })
          return new StepResponse(movement, {
            location_id: input.location_id,
            inventory_item_id: input.inventory_item_id,
            delta,
            movement_id: movement.id,
            created_level_id: created?.id ?? null,
          } satisfies Compensation)
        } catch (error) {
          if (delta)
            await inventory.adjustInventory(
              input.inventory_item_id,
              input.location_id,
              -delta
            )
          await undoLevel()
          throw error
        }
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  },
  async (data: Compensation | undefined, { container }) => {
    if (!data) return
    const inventory = container.resolve(Modules.INVENTORY)
    await container.resolve(Modules.LOCKING).execute(
      lockKeys([data.inventory_item_id]),
      async () => {
        if (data.delta)
          await inventory.adjustInventory(
            data.inventory_item_id,
            data.location_id,
            -data.delta
          )
        if (data.created_level_id)
          await inventory.deleteInventoryLevels([data.created_level_id])
        await container
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .deleteProducerStockMovements([data.movement_id])
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  }
)
