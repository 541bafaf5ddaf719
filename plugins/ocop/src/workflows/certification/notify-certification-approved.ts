import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendApprovalNoticesStep } from "./steps/send-approval-notices"

export const notifyCertificationApprovedWorkflowId = "ocop-notify-certification-approved"
/** Sends the producer the office's approval and what is still missing to sell (one step). */
export const notifyCertificationApprovedWorkflow = createWorkflow(
  notifyCertificationApprovedWorkflowId,
  (input: { certification_id: string }) => {
    const sent = sendApprovalNoticesStep(input)
    return new WorkflowResponse(sent)
  }
)
