import {
  acquireLockStep,
  cancelOrderWorkflow,
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

export type ExpireWalletPaymentInput = { reference: string }

/**
 * A wallet payment the shopper abandoned: once the wallet's window has closed, its
 * order is canceled, which releases the reserved stock and cancels the payment.
 * It takes the same lock as the IPN, so an IPN arriving at that moment either
 * captures first (and nothing is canceled) or finds the order released (and is
 * recorded as late).
 */
export const expireWalletPaymentWorkflow = createWorkflow(
  "ocop-expire-wallet-payment",
  (input: WorkflowData<ExpireWalletPaymentInput>) => {
    const lockKey = transform({ input }, ({ input }) => `ocop-wallet:${input.reference}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 120 })
    const payment = findWalletPaymentStep(
      transform({ input }, ({ input }) => ({ reference: input.reference }))
    )
    const open = transform(
      { payment },
      ({ payment }) => !payment.captured && !payment.canceled
    )
    when("cancel-lapsed-wallet-order", { open }, ({ open }) => open).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ payment }, ({ payment }) => ({ order_id: payment.order_id })),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ payment, open }, ({ payment, open }) => ({
        order_id: payment.order_id,
        reference: payment.reference,
        expired: open,
      }))
    )
  }
)
