import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateSettlementStatementsStep } from "./steps/update-settlement-statements"
import { validateDraftStatementStep } from "./steps/validate-draft-statement"

export type MarkSettlementStatementPaidInput = {
  id: string
  transfer_reference: string
  paid_by?: string | null
}

export const markSettlementStatementPaidWorkflowId =
  "ocop-mark-settlement-statement-paid"
/**
 * The office paid the producer: the statement records the bank transfer's reference
 * and is frozen from then on (409 on any later change).
 */
export const markSettlementStatementPaidWorkflow = createWorkflow(
  markSettlementStatementPaidWorkflowId,
  (input: WorkflowData<MarkSettlementStatementPaidInput>) => {
    validateDraftStatementStep(
      transform({ input }, ({ input }) => ({ id: input.id, paying: true }))
    )
    const updated = updateSettlementStatementsStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "paid" as const,
          paid_at: new Date(),
          paid_by: input.paid_by ?? null,
          transfer_reference: input.transfer_reference,
        },
      ])
    )
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
