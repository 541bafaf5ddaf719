import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type CreateSalesPointTransfersStepInput = {
  from_sales_point_id: string
  to_sales_point_id: string
  inventory_item_id: string
  variant_id: string | null
  quantity: number
  note: string | null
  sent_by: string
}[]

export const createSalesPointTransfersStepId =
  "ocop-create-sales-point-transfers"
/** Records goods as in transit; compensation deletes the records. */
export const createSalesPointTransfersStep = createStep(
  createSalesPointTransfersStepId,
  async (input: CreateSalesPointTransfersStepInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const created = await ocop.createSalesPointTransfers(input)
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPointTransfers(ids)
  }
)

export const markSalesPointTransferReceivedStepId =
  "ocop-mark-sales-point-transfer-received"
/**
 * Marks an in-transit transfer as arrived. Two confirmations of one transfer at the
 * same moment must not both add the goods, so the check and the update hold a lock
 * on the transfer; the second gets a 400 naming `transfer_id`.
 */
export const markSalesPointTransferReceivedStep = createStep(
  markSalesPointTransferReceivedStepId,
  async (
    input: { transfer_id: string; received_by: string },
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const transfer = await locking.execute(
      `ocop-transfer:${input.transfer_id}`,
      async () => {
        const current = await ocop.retrieveSalesPointTransfer(input.transfer_id)
        if (current.status !== "in_transit") {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `transfer_id: transfer ${input.transfer_id} was already received`
          )
        }
        return await ocop.updateSalesPointTransfers({
          id: input.transfer_id,
          status: "received",
          received_by: input.received_by,
          received_at: new Date(),
        })
      },
      { timeout: 30 }
    )
    return new StepResponse(transfer, input.transfer_id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .updateSalesPointTransfers({
        id,
        status: "in_transit",
        received_by: null,
        received_at: null,
      })
  }
)

export const setSalesPointTransferLotsStepId = "ocop-set-sales-point-transfer-lots"
/**
 * Writes on each transfer the sender's lots its units left (code, dates, units),
 * so the receiver gets the same lots; compensation clears them.
 */
export const setSalesPointTransferLotsStep = createStep(
  setSalesPointTransferLotsStepId,
  async (
    input: { id: string; lots: Record<string, unknown>[] }[],
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    if (!input.length) return new StepResponse([], [])
    await ocop.updateSalesPointTransfers(
      input.map((t) => ({ id: t.id, lots: t.lots as any }))
    )
    return new StepResponse(
      input,
      input.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .updateSalesPointTransfers(ids.map((id) => ({ id, lots: null })))
  }
)
