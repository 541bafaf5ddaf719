import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProducerMembersStep } from "./steps/update-producer-members"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type DeactivateProducerMemberInput = {
  id: string
  reason?: string | null
}

export const deactivateProducerMemberWorkflowId =
  "ocop-deactivate-producer-member"
/**
 * The office takes the portal away from an active member. Every producer route
 * reads the member's status per request, so tokens already issued stop at once.
 */
export const deactivateProducerMemberWorkflow = createWorkflow(
  deactivateProducerMemberWorkflowId,
  (input: WorkflowData<DeactivateProducerMemberInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        decide: { ids: [input.id], statuses: ["active"] },
      }))
    )
    const updated = updateProducerMembersStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "deactivated" as const,
          status_reason: input.reason ?? null,
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.producer_member.deactivated",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
