import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueInvoicesStep } from "./steps/issue-invoices"

/** Sends invoices that are pending or failed to the provider again (the retry job, Admin's reissue). */
export const issueInvoicesWorkflow = createWorkflow(
  "ocop-issue-invoices",
  (input: WorkflowData<{ ids: string[] }>) => {
    const results = issueInvoicesStep(input.ids)
    return new WorkflowResponse(results)
  }
)
