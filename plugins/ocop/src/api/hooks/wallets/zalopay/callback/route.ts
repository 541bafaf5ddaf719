import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { zaloPayClient } from "../../../../../providers/wallet-clients"
import { receiveWalletPaymentWorkflow } from "../../../../../workflows/payment/receive-wallet-payment"
import type { HookZaloPayCallbackType } from "./validators"

/**
 * ZaloPay's callback: the mac is checked with key2, then the payment is captured
 * once if ZaloPay reports the exact amount. ZaloPay reads return_code: 1 done,
 * 2 already done (no retry), -1 bad mac, 0 retry later.
 */
export const POST = async (
  req: MedusaRequest<HookZaloPayCallbackType>,
  res: MedusaResponse
) => {
  const client = zaloPayClient()
  if (!client) {
    res.status(503).json({ type: "not_configured", message: "ZaloPay is not configured" })
    return
  }
  const callback = client.verifyCallback(req.validatedBody)
  if (!callback.valid) {
    res.json({ return_code: -1, return_message: "mac not equal" })
    return
  }
  try {
    const { result } = await receiveWalletPaymentWorkflow(req.scope).run({
      input: {
        reference: callback.reference,
        amount: callback.amount,
        state: callback.state.state,
        transaction_id: callback.state.transaction_id,
        source: "ipn",
      },
    })
    res.json(
      result.outcome === "already_captured"
        ? { return_code: 2, return_message: "already confirmed" }
        : { return_code: 1, return_message: result.outcome === "captured" ? "success" : `recorded: ${result.outcome}` }
    )
  } catch (e) {
    // A workflow rethrows its step's error as a plain object that keeps the MedusaError type.
    const notFound = (e as { type?: string })?.type === MedusaError.Types.NOT_FOUND
    if (!notFound)
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`OCOP: ZaloPay callback for ${callback.reference} failed: ${(e as Error).message}`)
    res.json({ return_code: 0, return_message: notFound ? "order not found" : "try again" })
  }
}
