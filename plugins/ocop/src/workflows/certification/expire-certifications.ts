import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findLapsedCertificationsStep } from "./steps/find-lapsed-certifications"
import { updateCertificationsStep } from "./steps/update-certifications"

export const expireCertificationsWorkflowId = "ocop-expire-certifications"
/**
 * Marks certifications expired once their 36 months have run out, so the OCOP mark
 * disappears from the shop on time (the store catalog also checks the date itself).
 */
export const expireCertificationsWorkflow = createWorkflow(
  expireCertificationsWorkflowId,
  (input: WorkflowData<{ today: string }>) => {
    const lapsed = findLapsedCertificationsStep(input)
    updateCertificationsStep(
      transform({ lapsed }, ({ lapsed }) =>
        lapsed.map((id) => ({ id, status: "expired" as const }))
      )
    )
    emitEventStep({
      eventName: "ocop.certification.expired",
      data: transform({ lapsed }, ({ lapsed }) => lapsed.map((id) => ({ id }))),
    })
    return new WorkflowResponse(lapsed)
  }
)
