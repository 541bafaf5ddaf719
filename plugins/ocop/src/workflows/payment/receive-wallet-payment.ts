import {
  acquireLockStep,
  capturePaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findWalletPaymentStep } from "./steps/find-wallet-payments"
import { recordWalletNoticesStep } from "./steps/record-wallet-notices"

export type ReceiveWalletPaymentInput = {
  /** Our reference: the wallet's order id (vnp_TxnRef, orderId, app_trans_id). */
  reference: string
  /** Whole đồng the wallet reports. */
  amount: number | null
  /** What the wallet says happened: only "paid" can capture. */
  state: "paid" | "failed" | "pending"
  transaction_id?: string
  code?: string
  source: "ipn" | "query" | "admin"
  actor_id?: string
}

export type ReceiveWalletPaymentResult = {
  /**
   * captured: captured now; already_captured: an earlier notice did (nothing written);
   * mismatch: paid, but not the amount asked (recorded, not captured); failed: the
   * wallet says the shopper did not pay; pending: not decided yet; late: paid after the
   * order was released (recorded for the office, not captured).
   */
  outcome: "captured" | "already_captured" | "mismatch" | "failed" | "pending" | "late"
  order_id: string
  display_id: number
  reference: string
  expected: number
  amount: number | null
}

/**
 * A wallet's word on a payment (its IPN, or a query): under a lock on the reference, the
 * exact amount paid captures it once (a replay or a concurrent duplicate finds it
 * captured and writes nothing); another amount, a failure or a late payment is
 * recorded on the payment and captures nothing.
 */
export const receiveWalletPaymentWorkflow = createWorkflow(
  "ocop-receive-wallet-payment",
  (input: WorkflowData<ReceiveWalletPaymentInput>) => {
    const lockKey = transform({ input }, ({ input }) => `ocop-wallet:${input.reference}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const lookup = transform({ input }, ({ input }) => ({ reference: input.reference }))
    const payment = findWalletPaymentStep(lookup)
    const result = transform(
      { input, payment },
      ({ input, payment }): ReceiveWalletPaymentResult => ({
        outcome: payment.captured
          ? "already_captured"
          : input.state === "pending"
            ? "pending"
            : input.state === "failed"
              ? "failed"
              : payment.canceled
                ? "late"
                : input.amount === payment.amount
                  ? "captured"
                  : "mismatch",
        order_id: payment.order_id,
        display_id: payment.display_id,
        reference: payment.reference,
        expected: payment.amount,
        amount: input.amount,
      })
    )
    const notices = transform(
      { input, payment, result },
      ({ input, payment, result }) =>
        result.outcome === "already_captured" || result.outcome === "pending"
          ? []
          : [
              {
                payment_id: payment.payment_id,
                transaction_id:
                  result.outcome === "captured" ? input.transaction_id : undefined,
                notice: {
                  result: result.outcome,
                  amount: input.amount,
                  expected: payment.amount,
                  source: input.source,
                  ...(input.transaction_id ? { transaction_id: input.transaction_id } : {}),
                  ...(input.code ? { code: input.code } : {}),
                  ...(input.actor_id ? { actor_id: input.actor_id } : {}),
                  at: new Date().toISOString(),
                },
              },
            ]
    )
    recordWalletNoticesStep(notices)
    when(
      "capture-paid-wallet-payment",
      { result },
      ({ result }) => result.outcome === "captured"
    ).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ payment, input }, ({ payment, input }) => ({
          payment_id: payment.payment_id,
          captured_by: input.actor_id,
        })),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
