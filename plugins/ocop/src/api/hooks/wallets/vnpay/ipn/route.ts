import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vnpayClient } from "../../../../../providers/wallet-clients"
import { receiveWalletPaymentWorkflow } from "../../../../../workflows/payment/receive-wallet-payment"
import type { HookVnpayIpnType } from "./validators"

/** VNPay's answers, from its IPN specification: VNPay retries until it reads one of these. */
const RSP = {
  captured: { RspCode: "00", Message: "Confirm Success" },
  recorded: { RspCode: "00", Message: "Confirm Success" },
  notFound: { RspCode: "01", Message: "Order not found" },
  already: { RspCode: "02", Message: "Order already confirmed" },
  amount: { RspCode: "04", Message: "Invalid amount" },
  checksum: { RspCode: "97", Message: "Invalid Checksum" },
  unknown: { RspCode: "99", Message: "Unknown error" },
}

/**
 * VNPay's IPN (a GET from VNPay's servers): the signature is checked with the hash
 * secret, then the payment is captured once if VNPay reports the exact amount.
 */
export const GET = async (
  req: MedusaRequest<unknown, HookVnpayIpnType>,
  res: MedusaResponse
) => {
  const client = vnpayClient()
  if (!client) {
    res.status(503).json({ type: "not_configured", message: "VNPay is not configured" })
    return
  }
  const ipn = client.verifyNotification(req.validatedQuery as Record<string, unknown>)
  if (!ipn.valid) {
    res.json(RSP.checksum)
    return
  }
  try {
    const { result } = await receiveWalletPaymentWorkflow(req.scope).run({
      input: {
        reference: ipn.reference,
        amount: ipn.amount,
        state: ipn.state.state,
        transaction_id: ipn.state.transaction_id,
        code: ipn.state.code,
        source: "ipn",
      },
    })
    res.json(
      result.outcome === "captured"
        ? RSP.captured
        : result.outcome === "already_captured"
          ? RSP.already
          : result.outcome === "mismatch"
            ? RSP.amount
            : RSP.recorded
    )
  } catch (e) {
    // A workflow rethrows its step's error as a plain object that keeps the MedusaError type.
    if ((e as { type?: string })?.type === MedusaError.Types.NOT_FOUND) {
      res.json(RSP.notFound)
      return
    }
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`OCOP: VNPay IPN for ${ipn.reference} failed: ${(e as Error).message}`)
    res.json(RSP.unknown)
  }
}
