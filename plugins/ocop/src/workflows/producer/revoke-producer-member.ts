import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateProducerMembersStep } from "./steps/update-producer-members"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type RevokeProducerMemberInput = { id: string; reason?: string | null }

export const revokeProducerMemberWorkflowId = "ocop-revoke-producer-member"
/** The office withdraws an invitation; its token stops working at once. */
export const revokeProducerMemberWorkflow = createWorkflow(
  revokeProducerMemberWorkflowId,
  (input: WorkflowData<RevokeProducerMemberInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        decide: { ids: [input.id], statuses: ["invited"] },
      }))
    )
    const updated = updateProducerMembersStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "revoked" as const,
          status_reason: input.reason ?? null,
          invitation_token_hash: null,
          invitation_expires_at: null,
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.producer_member.revoked",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
