import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveVietQrTransferWorkflow } from "../../../../workflows/payment/receive-vietqr-transfer"
import type { HookReconcileVietQrTransferType } from "./validators"

export const POST = async (
  req: MedusaRequest<HookReconcileVietQrTransferType>,
  res: MedusaResponse
) => {
  const { reference, amount, transaction_id } = req.validatedBody
  const { result } = await receiveVietQrTransferWorkflow(req.scope).run({
    input: {
      reference,
      amount,
      source: "bank",
      bank_transaction_id: transaction_id,
    },
  })
  if (result.outcome === "mismatch") {
    res.status(409).json({
      type: "amount_mismatch",
      message: `amount: ${result.amount} đồng received for ${result.reference}, ${result.expected} expected; recorded, not captured`,
      transfer: result,
    })
    return
  }
  res.json({ transfer: result })
}
