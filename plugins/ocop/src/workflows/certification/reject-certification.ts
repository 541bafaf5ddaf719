import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateCertificationsStep } from "./steps/update-certifications"
import { validateReviewStep } from "./steps/validate-review"

export type RejectCertificationInput = { id: string; reason: string }

export const rejectCertificationWorkflowId = "ocop-reject-certification"
/** The office rejects a producer's submitted certificate with a reason the producer sees. */
export const rejectCertificationWorkflow = createWorkflow(
  rejectCertificationWorkflowId,
  (input: WorkflowData<RejectCertificationInput>) => {
    const { data: found } = useQueryGraphStep({
      entity: "certification",
      fields: ["id", "status", "product.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validateReviewStep(
      transform({ found }, ({ found }) => ({
        decision: "reject" as const,
        certifications: found as any[],
      }))
    )
    const updated = updateCertificationsStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "rejected" as const,
          status_reason: input.reason,
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.certification.rejected",
      data: transform({ input, found }, ({ input, found }) => ({
        id: input.id,
        product_id: found[0].product?.id,
        reason: input.reason,
      })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
