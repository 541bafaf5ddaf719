import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import { resolveSalesPointVariantsStep } from "./steps/resolve-sales-point-variants"
import type { SalesPointContext } from "./steps/sales-point-types"

export const STOCK_ADJUSTMENT_REASONS = [
  "count_correction",
  "damage",
  "expiry",
] as const

export type RecordSalesPointStockInput = SalesPointContext & {
  variant_id: string
  note?: string | null
} & (
    | {
        // A delivery (a consigned lot: the producer's id is the reference).
        kind: "receive"
        quantity: number
        producer_id?: string | null
      }
    | {
        // A correction with its reason; signed, but never below what is reserved.
        kind: "adjust"
        quantity: number
        reason: (typeof STOCK_ADJUSTMENT_REASONS)[number]
      }
  )

export const recordSalesPointStockWorkflowId = "ocop-record-sales-point-stock"
/**
 * A delivery received at a sales point, or a stock correction with its reason, for
 * one variant. A correction may not take the stock below what is reserved (nor below
 * zero): a 400 naming `adjustment`.
 */
export const recordSalesPointStockWorkflow = createWorkflow(
  recordSalesPointStockWorkflowId,
  (input: WorkflowData<RecordSalesPointStockInput>) => {
    const variants = resolveSalesPointVariantsStep(
      transform({ input }, ({ input }) => ({
        variant_ids: [input.variant_id],
        fields: ["variant_id"],
      }))
    )
    const movements = changeSalesPointStockStep(
      transform({ input, variants }, ({ input, variants }) => ({
        sales_point_id: input.sales_point_id,
        location_id: input.location_id,
        staff: input.staff,
        kind: input.kind,
        reason: input.kind === "adjust" ? input.reason : null,
        // A received lot belongs to the delivering producer, by default the
        // product's: settlement accrues its counter sales to that producer.
        reference:
          input.kind === "receive"
            ? (input.producer_id ?? variants[0].producer_id ?? null)
            : null,
        note: input.note ?? null,
        field: input.kind === "adjust" ? "adjustment" : "quantity",
        lines: variants[0].inventory_items.map((ii) => ({
          inventory_item_id: ii.inventory_item_id,
          variant_id: input.variant_id,
          delta: input.quantity * ii.required_quantity,
          label: variants[0].title,
        })),
      }))
    )
    return new WorkflowResponse(movements)
  }
)
