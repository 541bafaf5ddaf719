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
import {
  findVietQrPaymentStep,
  type VietQrPaymentLookup,
} from "./steps/find-vietqr-payments"
import { recordVietQrTransfersStep } from "./steps/record-vietqr-transfers"

export type ReceiveVietQrTransferInput = VietQrPaymentLookup & {
  /** Đồng the bank reports; the office marking by hand confirms the expected amount. */
  amount?: number
  source: "bank" | "admin"
  actor_id?: string
  bank_transaction_id?: string
}

export type ReceiveVietQrTransferResult = {
  /** received: captured now; already_received: an earlier call did; mismatch: nothing captured. */
  outcome: "received" | "already_received" | "mismatch"
  order_id: string
  display_id: number
  reference: string
  expected: number
  amount: number
  /** True when this bank transaction id was already recorded: nothing was written again. */
  replay: boolean
}

/**
 * A bank transfer seen for a VietQR order: the exact amount captures the payment
 * (once: a replay finds it captured and changes nothing); any other amount is
 * recorded on the payment and captures nothing.
 */
export const receiveVietQrTransferWorkflow = createWorkflow(
  "ocop-receive-vietqr-transfer",
  (input: WorkflowData<ReceiveVietQrTransferInput>) => {
    const lockKey = transform({ input }, ({ input }) =>
      "reference" in input
        ? `ocop-vietqr:${input.reference}`
        : `ocop-vietqr-order:${input.order_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const lookup = transform({ input }, ({ input }) =>
      "reference" in input
        ? { reference: input.reference }
        : { order_id: input.order_id }
    )
    const payment = findVietQrPaymentStep(lookup)
    const result = transform(
      { input, payment },
      ({ input, payment }): ReceiveVietQrTransferResult => {
        const amount = input.amount ?? payment.amount
        // A statement service redelivers the same transaction (retries, replays from
        // its dashboard): its id, once recorded, is answered as before and not added again.
        const transfers = (payment.data.transfers ?? []) as {
          bank_transaction_id?: string
        }[]
        const replay =
          !!input.bank_transaction_id &&
          transfers.some(
            (t) => t.bank_transaction_id === input.bank_transaction_id
          )
        return {
          outcome: payment.captured
            ? "already_received"
            : replay
              ? "mismatch"
              : amount === payment.amount
                ? "received"
                : "mismatch",
          order_id: payment.order_id,
          display_id: payment.display_id,
          reference: payment.reference,
          expected: payment.amount,
          amount,
          replay,
        }
      }
    )
    const records = transform(
      { input, payment, result },
      ({ input, payment, result }) =>
        result.outcome === "already_received" || result.replay
          ? []
          : [
              {
                payment_id: payment.payment_id,
                record: {
                  result: result.outcome,
                  amount: result.amount,
                  expected: result.expected,
                  source: input.source,
                  ...(input.actor_id ? { actor_id: input.actor_id } : {}),
                  ...(input.bank_transaction_id
                    ? { bank_transaction_id: input.bank_transaction_id }
                    : {}),
                  at: new Date().toISOString(),
                },
              },
            ]
    )
    recordVietQrTransfersStep(records)
    when(
      "capture-received-vietqr-transfer",
      { result },
      ({ result }) => result.outcome === "received"
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
