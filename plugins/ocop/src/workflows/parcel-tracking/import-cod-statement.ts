import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type CodStatementInput,
  createCodRemittancesStep,
  matchCodStatementStep,
} from "./steps/match-cod-statement"

export const importCodStatementWorkflowId = "ocop-import-cod-statement"
/**
 * A carrier's cash-on-delivery statement, line by line against our parcels: exact,
 * short, over, unknown parcel, or paid twice. It records the money the carrier paid
 * the shop; it captures nothing (the shopper's payment was captured on delivery).
 */
export const importCodStatementWorkflow = createWorkflow(
  importCodStatementWorkflowId,
  (input: WorkflowData<CodStatementInput>) => {
    const matched = matchCodStatementStep(input)
    const created = createCodRemittancesStep(matched)
    return new WorkflowResponse(created)
  }
)
