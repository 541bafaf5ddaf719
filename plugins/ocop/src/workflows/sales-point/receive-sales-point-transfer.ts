import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeSalesPointStockStep } from "./steps/change-sales-point-stock"
import { markSalesPointTransferReceivedStep } from "./steps/create-sales-point-transfers"
import type { SalesPointContext } from "./steps/sales-point-types"

export type ReceiveSalesPointTransferInput = SalesPointContext & {
  transfer_id: string
}

export const receiveSalesPointTransferWorkflowId =
  "ocop-receive-sales-point-transfer"
/**
 * The receiving point confirms a transfer: it stops being in transit and joins this
 * point's stock, on the lots it left the sender with. If adding the stock fails,
 * the transfer is in transit again.
 */
export const receiveSalesPointTransferWorkflow = createWorkflow(
  receiveSalesPointTransferWorkflowId,
  (input: WorkflowData<ReceiveSalesPointTransferInput>) => {
    const transfer = markSalesPointTransferReceivedStep(
      transform({ input }, ({ input }) => ({
        transfer_id: input.transfer_id,
        received_by: input.staff.email ?? input.staff.id ?? "",
      }))
    )
    changeSalesPointStockStep(
      transform({ input, transfer }, ({ input, transfer }) => ({
        sales_point_id: input.sales_point_id,
        location_id: input.location_id,
        staff: input.staff,
        kind: "transfer_in" as const,
        reference: transfer.id,
        note: transfer.note,
        field: "transfer_id",
        lines: [
          {
            inventory_item_id: transfer.inventory_item_id,
            variant_id: transfer.variant_id,
            delta: transfer.quantity,
            label: transfer.variant_id ?? transfer.inventory_item_id,
            // The sender's lots arrive as lots of this point, with their dates.
            lots: ((transfer.lots as any[] | null) ?? []).map((l) => ({
              lot_code: l.lot_code,
              expires_on: l.expires_on ?? null,
              produced_on: l.produced_on ?? null,
              quantity: Number(l.quantity),
              source_lot_id: l.source_lot_id ?? null,
            })),
          },
        ],
      }))
    )
    return new WorkflowResponse(transfer)
  }
)
