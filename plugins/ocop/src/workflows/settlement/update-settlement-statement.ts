import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateSettlementStatementsStep } from "./steps/update-settlement-statements"
import { validateDraftStatementStep } from "./steps/validate-draft-statement"

export type UpdateSettlementStatementInput = { id: string; fees: number }

export const updateSettlementStatementWorkflowId =
  "ocop-update-settlement-statement"
/** Sets the fees charged on a draft statement and its net payable; 409 once paid. */
export const updateSettlementStatementWorkflow = createWorkflow(
  updateSettlementStatementWorkflowId,
  (input: WorkflowData<UpdateSettlementStatementInput>) => {
    const statement = validateDraftStatementStep(
      transform({ input }, ({ input }) => ({ id: input.id }))
    )
    const updated = updateSettlementStatementsStep(
      transform({ input, statement }, ({ input, statement }) => [
        {
          id: input.id,
          fees: input.fees,
          net_payable:
            Number(statement.gross_online) +
            Number(statement.gross_counter) -
            Number(statement.refunds) -
            Number(statement.commission) -
            input.fees,
        },
      ])
    )
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
