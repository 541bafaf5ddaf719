import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { markSettlementStatementPaidWorkflow } from "../../../../../../workflows/settlement/mark-settlement-statement-paid"
import { retrieveStatement } from "../../../../../shared/settlement-statements"
import type { AdminMarkSettlementPaidType } from "../../validators"

/** Records the bank transfer that paid the statement; it never changes afterwards. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMarkSettlementPaidType>,
  res: MedusaResponse
) => {
  await markSettlementStatementPaidWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      transfer_reference: req.validatedBody.transfer_reference,
      paid_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ statement: await retrieveStatement(req.scope, req.params.id) })
}
