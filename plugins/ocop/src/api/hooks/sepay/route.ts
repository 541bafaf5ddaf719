import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveStatementCredit } from "../bank-statement/receive-statement-credit"
import type { HookSepayTransactionType } from "./validators"

/** SePay reports a bank transaction; SePay counts a 200 with `success: true` as delivered. */
export const POST = async (
  req: MedusaRequest<HookSepayTransactionType>,
  res: MedusaResponse
) => {
  const tx = req.validatedBody
  if (tx.transferType !== "in") {
    res.json({ success: true, outcome: "ignored" })
    return
  }
  // SePay's `code` is its own payment-code guess; the note is what the bank kept.
  const note = [tx.code, tx.content, tx.description].filter(Boolean).join(" ")
  const result = await receiveStatementCredit(req.scope, {
    service: "sepay",
    transaction_id: String(tx.id),
    amount: tx.transferAmount,
    note,
  })
  res.json({ success: true, ...result })
}
