import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendRevocationNoticesStep } from "./steps/send-revocation-notices"

export const notifyCertificationRevokedWorkflowId = "ocop-notify-certification-revoked"
/** Sends the producer the office's revocation notice (one step: nothing to undo). */
export const notifyCertificationRevokedWorkflow = createWorkflow(
  notifyCertificationRevokedWorkflowId,
  (input: { certification_id: string }) => {
    const sent = sendRevocationNoticesStep(input)
    return new WorkflowResponse(sent)
  }
)
