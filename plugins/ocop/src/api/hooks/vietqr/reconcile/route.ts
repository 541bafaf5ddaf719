import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveVietQrTransferWorkflow } from "../../../../workflows/payment/receive-vietqr-transfer"
import { receiveCounterVietQrTransferWorkflow } from "../../../../workflows/sales-point/receive-counter-vietqr-transfer"
import type { HookReconcileVietQrTransferType } from "./validators"

export const POST = async (
  req: MedusaRequest<HookReconcileVietQrTransferType>,
  res: MedusaResponse
) => {
  const { reference, amount, transaction_id } = req.validatedBody
  // A code shown at a sales point's counter (memo OCOPQ…): it has no order yet;
  // the sale completes in the console once the code reads received.
  if (reference.startsWith("OCOPQ")) {
    const { result: counter } = await receiveCounterVietQrTransferWorkflow(
      req.scope
    ).run({ input: { reference, amount } })
    if (counter.outcome === "mismatch") {
      res.status(409).json({
        type: "amount_mismatch",
        message: `amount: ${amount} đồng received for ${reference}, ${counter.expected} expected; not marked received`,
        transfer: counter,
      })
      return
    }
    if (counter.outcome !== "unknown") {
      res.json({ transfer: counter })
      return
    }
  }
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
