import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findDueExpiryNoticesStep } from "./steps/find-due-expiry-notices"
import { recordExpiryNoticesStep } from "./steps/record-expiry-notices"
import { sendExpiryNoticesStep } from "./steps/send-expiry-notices"

export const notifyExpiringCertificationsWorkflowId =
  "ocop-notify-expiring-certifications"
/**
 * Tells producers 60 and 14 days ahead that a certificate ends, once per
 * certificate and threshold: the notice is recorded in the certification's
 * metadata before it is sent (compensation removes the record if sending fails).
 */
export const notifyExpiringCertificationsWorkflow = createWorkflow(
  notifyExpiringCertificationsWorkflowId,
  (input: WorkflowData<{ today: string }>) => {
    const notices = findDueExpiryNoticesStep(input)
    recordExpiryNoticesStep({ notices, today: input.today })
    sendExpiryNoticesStep(notices)
    return new WorkflowResponse(notices)
  }
)
