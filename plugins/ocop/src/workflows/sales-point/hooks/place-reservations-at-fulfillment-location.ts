import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  LOCK_TIMEOUT_SECONDS,
  lockKeys,
} from "../steps/change-sales-point-stock"
import {
  type LocatedNeed,
  locatedNeedsOfCart,
  refuseShortfalls,
} from "./cart-fulfillment-locations"

// The reservations created at the fulfilment location, to delete on compensation.
type Placed = { ids: string[]; inventory_item_ids: string[] }

// Core's reserveInventoryStep has just reserved the order's lines at the first channel
// location with stock. This hook (core's, run after the reservations and before the
// payment is authorized) moves each reservation to the location of the chosen shipping
// option, under the items' locks, after checking that location can hold it. A refusal
// fails the completion: core compensates the reservations, the order and the cart.
// Moving is delete + create: core's updateReservationItems with a new location_id
// raises the new level's reserved quantity but never lowers the old one's (2.21.2).
;(completeCartWorkflow.hooks as any).beforePaymentAuthorization(
  async ({ input }: { input: { id: string } }, { container }: any) => {
    const needs = await locatedNeedsOfCart(container, input.id)
    const nothing: Placed = { ids: [], inventory_item_ids: [] }
    if (!needs.length) return new StepResponse(0, nothing)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: "order_cart",
      fields: ["order.items.id", "order.items.variant_id"],
      filters: { cart_id: input.id },
    })
    const items: { id: string; variant_id: string }[] =
      (links[0] as any)?.order?.items ?? []
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(
      lockKeys(needs.map((n) => n.inventory_item_id)),
      async () => {
        const reservations = items.length
          ? await inventory.listReservationItems({
              line_item_id: items.map((i) => i.id),
            })
          : []
        const targetOf = (r: (typeof reservations)[number]) => {
          const variantId = items.find((i) => i.id === r.line_item_id)?.variant_id
          return needs.find(
            (n) =>
              n.variant_id === variantId &&
              n.inventory_item_id === r.inventory_item_id
          )
        }
        const moves = reservations.flatMap((r) => {
          const target = targetOf(r)
          return target && target.location_id !== r.location_id
            ? [{ reservation: r, target }]
            : []
        })
        // Every target is checked, also one with nothing to move: core checks each
        // line alone, so two lines of one item may have over-reserved it (#16502).
        const extra = new Map<string, LocatedNeed>()
        for (const need of needs) {
          const key = `${need.inventory_item_id}@${need.location_id}`
          extra.set(key, { ...need, quantity: 0 })
        }
        for (const { reservation, target } of moves) {
          const entry = extra.get(
            `${target.inventory_item_id}@${target.location_id}`
          )!
          entry.quantity += Number(reservation.quantity)
        }
        await refuseShortfalls(container, [...extra.values()])
        if (!moves.length) return new StepResponse(0, nothing)
        await inventory.deleteReservationItems(moves.map((m) => m.reservation.id))
        const created = await inventory.createReservationItems(
          moves.map(({ reservation: r, target }) => ({
            line_item_id: r.line_item_id,
            inventory_item_id: r.inventory_item_id,
            location_id: target.location_id,
            quantity: r.quantity,
            allow_backorder: r.allow_backorder,
            description: r.description,
            external_id: r.external_id,
            metadata: r.metadata,
          }))
        )
        return new StepResponse(created.length, {
          ids: created.map((r) => r.id),
          inventory_item_ids: created.map((r) => r.inventory_item_id),
        } satisfies Placed)
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  },
  // Core's own compensation then finds its original reservations gone: nothing is left.
  async (placed: Placed | undefined, { container }: any) => {
    if (!placed?.ids.length) return
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(
      lockKeys(placed.inventory_item_ids),
      async () => {
        await container
          .resolve(Modules.INVENTORY)
          .deleteReservationItems(placed.ids)
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
  }
)
