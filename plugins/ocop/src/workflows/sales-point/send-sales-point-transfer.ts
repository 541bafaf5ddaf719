import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import {
  createSalesPointTransfersStep,
  setSalesPointTransferLotsStep,
} from "./steps/create-sales-point-transfers"
import { resolveSalesPointVariantsStep } from "./steps/resolve-sales-point-variants"
import type { SalesPointContext } from "./steps/sales-point-types"

export type SendSalesPointTransferInput = SalesPointContext & {
  to_sales_point_id: string
  variant_id: string
  quantity: number
  note?: string | null
}

export const sendSalesPointTransferWorkflowId = "ocop-send-sales-point-transfer"
/**
 * Sends goods to another sales point: they leave this point's stock now and are in
 * transit (a SalesPointTransfer per inventory item) until the receiver confirms.
 * The units leave the sender's lots as a sale would (earliest expiry, never
 * expired) and the transfer carries those lots to the receiver.
 * If taking the stock fails (not enough available), the transfer records go again.
 */
export const sendSalesPointTransferWorkflow = createWorkflow(
  sendSalesPointTransferWorkflowId,
  (input: WorkflowData<SendSalesPointTransferInput>) => {
    const variants = resolveSalesPointVariantsStep(
      transform({ input }, ({ input }) => ({
        variant_ids: [input.variant_id],
        fields: ["variant_id"],
      }))
    )
    const transfers = createSalesPointTransfersStep(
      transform({ input, variants }, ({ input, variants }) =>
        variants[0].inventory_items.map((ii) => ({
          from_sales_point_id: input.sales_point_id,
          to_sales_point_id: input.to_sales_point_id,
          inventory_item_id: ii.inventory_item_id,
          variant_id: input.variant_id,
          quantity: input.quantity * ii.required_quantity,
          note: input.note ?? null,
          sent_by: input.staff.email ?? input.staff.id ?? "",
        }))
      )
    )
    const movements = changeSalesPointStockStep(
      transform(
        { input, variants, transfers },
        ({ input, variants, transfers }) => ({
          sales_point_id: input.sales_point_id,
          location_id: input.location_id,
          staff: input.staff,
          kind: "transfer_out" as const,
          reference: transfers.map((t) => t.id).join(","),
          note: input.note ?? null,
          field: "quantity",
          // What a sale could take: the earliest expiry first, never an expired lot.
          lot_pick: "sellable" as const,
          lines: transfers.map((t) => ({
            inventory_item_id: t.inventory_item_id,
            variant_id: t.variant_id,
            delta: -t.quantity,
            label: variants[0].title,
          })),
        })
      )
    )
    setSalesPointTransferLotsStep(
      transform({ transfers, movements }, ({ transfers, movements }) =>
        transfers.map((t) => ({
          id: t.id,
          lots: (
            movements.find((m) => m.inventory_item_id === t.inventory_item_id)
              ?.lots ?? []
          ).map((l) => ({
            source_lot_id: l.lot_id,
            lot_code: l.lot_code,
            expires_on: l.expires_on,
            produced_on: l.produced_on,
            quantity: -l.quantity,
          })),
        }))
      )
    )
    return new WorkflowResponse(transfers)
  }
)
