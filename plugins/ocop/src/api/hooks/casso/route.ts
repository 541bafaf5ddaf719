import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveStatementCredit } from "../bank-statement/receive-statement-credit"
import type { HookCassoWebhookType } from "./validators"

/** Casso reports a bank transaction; a 200 tells it the delivery is done. */
export const POST = async (
  req: MedusaRequest<HookCassoWebhookType>,
  res: MedusaResponse
) => {
  const { data } = req.validatedBody
  if (data.amount <= 0) {
    res.json({ success: true, outcome: "ignored" })
    return
  }
  const result = await receiveStatementCredit(req.scope, {
    service: "casso",
    transaction_id: String(data.id),
    amount: data.amount,
    note: data.description ?? "",
  })
  res.json({ success: true, ...result })
}
