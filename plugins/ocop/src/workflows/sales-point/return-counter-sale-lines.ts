import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import { prepareCounterReturnStep } from "./steps/prepare-counter-return"
import { recordCounterRefundsStep } from "./steps/record-counter-refunds"
import { resolveSalesPointVariantsStep } from "./steps/resolve-sales-point-variants"
import type { SalesPointContext } from "./steps/sales-point-types"

export type ReturnCounterSaleLinesInput = SalesPointContext & {
  order_id: string
  items: { variant_id: string; quantity: number }[]
  note?: string | null
}

export const returnCounterSaleLinesWorkflowId = "ocop-return-counter-sale-lines"
/**
 * A customer brings back lines of a counter receipt: the units go back into the
 * point's stock (a `return` line in the ledger naming the order) and the money goes
 * back by the sale's own method(s), in the point's open shift. One return of an
 * order at a time (a lock on it), never more than was sold.
 */
export const returnCounterSaleLinesWorkflow = createWorkflow(
  returnCounterSaleLinesWorkflowId,
  (input: WorkflowData<ReturnCounterSaleLinesInput>) => {
    const key = transform(
      { input },
      ({ input }) => `ocop-counter-return:${input.order_id}`
    )
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const prepared = prepareCounterReturnStep(
      transform({ input }, ({ input }) => ({
        sales_point_id: input.sales_point_id,
        order_id: input.order_id,
        items: input.items,
      }))
    )
    const variants = resolveSalesPointVariantsStep(
      transform({ input }, ({ input }) => ({
        variant_ids: input.items.map((i) => i.variant_id),
        fields: input.items.map((_, i) => `items[${i}].variant_id`),
      }))
    )
    const movements = changeSalesPointStockStep(
      transform({ input, variants }, ({ input, variants }) => ({
        sales_point_id: input.sales_point_id,
        location_id: input.location_id,
        staff: input.staff,
        kind: "return" as const,
        reference: input.order_id,
        // The units go back on the lots the sale took them from.
        lot_return_of: input.order_id,
        note: input.note ?? null,
        field: "items",
        lines: input.items.flatMap((item, i) =>
          variants[i].inventory_items.map((ii) => ({
            inventory_item_id: ii.inventory_item_id,
            variant_id: item.variant_id,
            delta: item.quantity * ii.required_quantity,
            label: variants[i].title,
          }))
        ),
      }))
    )
    const refunds = recordCounterRefundsStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        sales_point_id: input.sales_point_id,
        order_id: input.order_id,
        shift_id: prepared.shift_id,
        staff_id: input.staff.id,
        refunds: prepared.refunds,
      }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform(
        { prepared, refunds, movements },
        ({ prepared, refunds, movements }) => ({
          amount: prepared.amount,
          lines: prepared.lines,
          refunds: refunds.map((r) => ({
            id: r.id,
            method: r.method,
            amount: Number(r.amount),
          })),
          movements: movements.map((m) => m.id),
        })
      )
    )
  }
)
