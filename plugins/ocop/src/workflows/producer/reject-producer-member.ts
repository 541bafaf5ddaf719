import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProducerMembersStep } from "./steps/update-producer-members"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type RejectProducerMemberInput = { id: string; reason: string }

export const rejectProducerMemberWorkflowId = "ocop-reject-producer-member"
/** The office turns down an account request, with the reason. */
export const rejectProducerMemberWorkflow = createWorkflow(
  rejectProducerMemberWorkflowId,
  (input: WorkflowData<RejectProducerMemberInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        decide: { ids: [input.id], statuses: ["requested"] },
      }))
    )
    const updated = updateProducerMembersStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "rejected" as const,
          status_reason: input.reason,
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.producer_member.rejected",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
