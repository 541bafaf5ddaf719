import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { walletClientOf } from "../../../../../../providers/wallet-clients"
import { findWalletPayment } from "../../../../../../workflows/payment/steps/find-wallet-payments"
import { receiveWalletPaymentWorkflow } from "../../../../../../workflows/payment/receive-wallet-payment"
import type { AdminQueryWalletPaymentType } from "./validators"

/**
 * The office asks the wallet (VNPay querydr, MoMo query, ZaloPay query) how the
 * order's payment stands, for a shopper who says they paid: a payment the wallet
 * reports paid with the exact amount is captured, as its IPN would have.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminQueryWalletPaymentType>,
  res: MedusaResponse
) => {
  const payment = await findWalletPayment(req.scope, { order_id: req.params.id })
  if (!payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} has no wallet payment`
    )
  }
  const client = walletClientOf(payment.provider_id)
  if (!client) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${payment.provider_id} is no longer configured: set its environment variables to ask it`
    )
  }
  const state = await client.queryPayment(payment.reference, payment.data)
  const { result } = await receiveWalletPaymentWorkflow(req.scope).run({
    input: {
      reference: payment.reference,
      amount: state.amount ?? null,
      state: state.state,
      transaction_id: state.transaction_id,
      code: state.code,
      source: "admin",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ wallet: { name: client.name, ...state }, payment: result })
}
