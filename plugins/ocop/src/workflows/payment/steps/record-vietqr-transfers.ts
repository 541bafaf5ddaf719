import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// UpdatePaymentDTO declares only the id, though the module writes `data` too.
type PaymentDataUpdate = { id: string; data: Record<string, unknown> }
const updateData = (
  payments: IPaymentModuleService,
  update: PaymentDataUpdate
) =>
  payments.updatePayment(
    update as Parameters<IPaymentModuleService["updatePayment"]>[0]
  )

export type VietQrTransferRecord = {
  /** "received", "mismatch" */
  result: string
  amount: number
  expected: number
  /** "bank" (reconciliation) or "admin" (marked by hand) */
  source: string
  actor_id?: string
  bank_transaction_id?: string
  at: string
}

export type RecordVietQrTransfersStepInput = {
  payment_id: string
  record: VietQrTransferRecord
}[]

export const recordVietQrTransfersStepId = "ocop-record-vietqr-transfers"
/** Appends what the bank or the office reported to each payment's data; compensation writes the previous data back. */
export const recordVietQrTransfersStep = createStep(
  recordVietQrTransfersStepId,
  async (input: RecordVietQrTransfersStepInput, { container }) => {
    if (!input.length) return new StepResponse([], [])
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const previous = await payments.listPayments(
      { id: input.map((i) => i.payment_id) },
      { select: ["id", "data"] }
    )
    const updated: unknown[] = []
    for (const { payment_id, record } of input) {
      const data = (previous.find((p) => p.id === payment_id)?.data ??
        {}) as Record<string, any>
      updated.push(
        await updateData(payments, {
          id: payment_id,
          data: { ...data, transfers: [...(data.transfers ?? []), record] },
        })
      )
    }
    return new StepResponse(
      updated,
      previous.map((p) => ({ id: p.id, data: p.data }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    for (const p of previous) {
      // Medusa merges JSON on update, so the list is set back explicitly (null when there was none).
      const data = (p.data ?? {}) as Record<string, unknown>
      await updateData(payments, {
        id: p.id,
        data: { ...data, transfers: data.transfers ?? null },
      })
    }
  }
)
