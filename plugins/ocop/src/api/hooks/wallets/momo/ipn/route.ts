import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { momoClient } from "../../../../../providers/wallet-clients"
import { receiveWalletPaymentWorkflow } from "../../../../../workflows/payment/receive-wallet-payment"
import type { HookMomoIpnType } from "./validators"

/**
 * MoMo's IPN: the HMAC-SHA256 signature is checked with the secret key, then the
 * payment is captured once if MoMo reports the exact amount paid. MoMo expects 204.
 */
export const POST = async (
  req: MedusaRequest<HookMomoIpnType>,
  res: MedusaResponse
) => {
  const client = momoClient()
  if (!client) {
    res.status(503).json({ type: "not_configured", message: "MoMo is not configured" })
    return
  }
  const ipn = client.verifyNotification(req.validatedBody)
  if (!ipn.valid) {
    res.status(401).json({ type: "unauthorized", message: "signature: does not match the IPN" })
    return
  }
  try {
    await receiveWalletPaymentWorkflow(req.scope).run({
      input: {
        reference: ipn.reference,
        amount: ipn.amount,
        state: ipn.state.state,
        transaction_id: ipn.state.transaction_id,
        code: ipn.state.code,
        source: "ipn",
      },
    })
  } catch (e) {
    // A workflow rethrows its step's error as a plain object that keeps the MedusaError type.
    if ((e as { type?: string })?.type === MedusaError.Types.NOT_FOUND) {
      res.status(404).json({ type: "not_found", message: `orderId: ${ipn.reference} is not ours` })
      return
    }
    throw e
  }
  // Captured, already captured, or recorded (wrong amount, failure): MoMo need not retry.
  res.status(204).send()
}
