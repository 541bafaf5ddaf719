import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import { resolveSalesPointVariantsStep } from "./steps/resolve-sales-point-variants"
import type { SalesPointContext } from "./steps/sales-point-types"
import { validateReceivedLotStep } from "./steps/validate-received-lot"

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
        // The lot on the label and its dates (YYYY-MM-DD); required for food sets.
        lot_code?: string | null
        expires_on?: string | null
        produced_on?: string | null
      }
    | {
        // A correction with its reason; signed, but never below what is reserved.
        kind: "adjust"
        quantity: number
        reason: (typeof STOCK_ADJUSTMENT_REASONS)[number]
        // The lot the units are taken from or added to, if the staff member knows it.
        lot_id?: string | null
      }
  )

export const recordSalesPointStockWorkflowId = "ocop-record-sales-point-stock"
/**
 * A delivery received at a sales point, or a stock correction with its reason, for
 * one variant. A correction may not take the stock below what is reserved (nor below
 * zero): a 400 naming `adjustment`. A delivery of a food product brings its lot and
 * expiry date (a new lot at the point); a correction takes from the lot named, else
 * an expiry write-off from the expired lots first, anything else from unlotted
 * units, then the earliest expiry.
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
    validateReceivedLotStep(
      transform({ input, variants }, ({ input, variants }) =>
        input.kind === "receive"
          ? {
              category_set: variants[0].category_set,
              lot_code: input.lot_code ?? null,
              expires_on: input.expires_on ?? null,
              produced_on: input.produced_on ?? null,
            }
          : { category_set: null }
      )
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
        lot_pick:
          input.kind === "adjust" && input.reason === "expiry"
            ? ("expired_first" as const)
            : ("any" as const),
        lot_id: input.kind === "adjust" ? (input.lot_id ?? null) : null,
        lines: variants[0].inventory_items.map((ii) => ({
          inventory_item_id: ii.inventory_item_id,
          variant_id: input.variant_id,
          delta: input.quantity * ii.required_quantity,
          label: variants[0].title,
          lots:
            input.kind === "receive" && input.lot_code
              ? [
                  {
                    lot_code: input.lot_code,
                    expires_on: input.expires_on ?? null,
                    produced_on: input.produced_on ?? null,
                    quantity: input.quantity * ii.required_quantity,
                  },
                ]
              : null,
        })),
      }))
    )
    return new WorkflowResponse(movements)
  }
)
