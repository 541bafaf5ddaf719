import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { generateSettlementStatementsWorkflow } from "../../../../../workflows/settlement/generate-settlement-statements"
import { statementView } from "../../../../shared/settlement-statements"
import type { AdminGenerateSettlementsType } from "../validators"

/** Computes (or recomputes) a month's draft statements; 409 if one in scope is paid. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminGenerateSettlementsType>,
  res: MedusaResponse
) => {
  const { result } = await generateSettlementStatementsWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ statements: result.map((s: any) => statementView(s)) })
}
