import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// UpdatePaymentDTO declares only the id, though the module writes `data` too.
type PaymentDataUpdate = { id: string; data: Record<string, unknown> }
const updateData = (payments: IPaymentModuleService, update: PaymentDataUpdate) =>
  payments.updatePayment(update as Parameters<IPaymentModuleService["updatePayment"]>[0])

export type WalletNotice = {
  /** captured, mismatch, failed, late */
  result: string
  /** Whole đồng the wallet reported (may be fractional when the wallet's figure was). */
  amount: number | null
  expected: number
  /** ipn (the wallet called us), query (we asked it), admin (the office asked it) */
  source: string
  transaction_id?: string
  code?: string
  actor_id?: string
  at: string
}

export type RecordWalletNoticesStepInput = {
  payment_id: string
  notice: WalletNotice
  /** Set on the payment when the wallet confirmed it: refunds need it. */
  transaction_id?: string
}[]

export const recordWalletNoticesStepId = "ocop-record-wallet-notices"
/** Appends what a wallet reported to each payment's data; compensation writes the previous data back. */
export const recordWalletNoticesStep = createStep(
  recordWalletNoticesStepId,
  async (input: RecordWalletNoticesStepInput, { container }) => {
    if (!input.length) return new StepResponse([], [])
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const previous = await payments.listPayments(
      { id: input.map((i) => i.payment_id) },
      { select: ["id", "data"] }
    )
    for (const { payment_id, notice, transaction_id } of input) {
      const data = (previous.find((p) => p.id === payment_id)?.data ?? {}) as Record<string, any>
      await updateData(payments, {
        id: payment_id,
        data: {
          ...data,
          notices: [...(data.notices ?? []), notice],
          ...(transaction_id ? { transaction_id } : {}),
        },
      })
    }
    return new StepResponse(
      input.map((i) => i.payment_id),
      previous.map((p) => ({ id: p.id, data: p.data }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    for (const p of previous) {
      // Medusa merges JSON on update, so the fields are set back explicitly (null when there were none).
      const data = (p.data ?? {}) as Record<string, unknown>
      await updateData(payments, {
        id: p.id,
        data: {
          ...data,
          notices: data.notices ?? null,
          transaction_id: data.transaction_id ?? null,
        },
      })
    }
  }
)
