import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setProducerAuthIdentitiesStep } from "./steps/set-producer-auth-identities"
import { updateProducerMembersStep } from "./steps/update-producer-members"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type ApproveProducerMemberInput = { id: string; producer_id: string }

export const approveProducerMemberWorkflowId = "ocop-approve-producer-member"
/** The office approves an account request and names the producer the member acts for. */
export const approveProducerMemberWorkflow = createWorkflow(
  approveProducerMemberWorkflowId,
  (input: WorkflowData<ApproveProducerMemberInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        decide: { ids: [input.id], statuses: ["requested"] },
        producer_id: input.producer_id,
      }))
    )
    const { data: found } = useQueryGraphStep({
      entity: "producer_member",
      fields: ["id", "auth_identity_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const updated = updateProducerMembersStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "active" as const,
          producer_id: input.producer_id,
          status_reason: null,
        },
      ])
    )
    setProducerAuthIdentitiesStep(
      transform({ found }, ({ found }) => [
        { auth_identity_id: found[0].auth_identity_id, member_id: found[0].id },
      ])
    )
    emitEventStep({
      eventName: "ocop.producer_member.approved",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
