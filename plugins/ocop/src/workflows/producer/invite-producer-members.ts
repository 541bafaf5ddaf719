import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "./steps/create-producer-members"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type InviteProducerMembersInput = {
  producer_id: string
  members: { email: string; name?: string | null }[]
}

export const inviteProducerMembersWorkflowId = "ocop-invite-producer-members"
/**
 * The office invites people to the producer portal for a producer. An invited member
 * becomes active when they register with the invited email.
 */
export const inviteProducerMembersWorkflow = createWorkflow(
  inviteProducerMembersWorkflowId,
  (input: WorkflowData<InviteProducerMembersInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        emails: input.members.map((m) => m.email),
        producer_id: input.producer_id,
      }))
    )
    const created = createProducerMembersStep(
      transform({ input }, ({ input }) =>
        input.members.map((m) => ({
          ...m,
          status: "invited" as const,
          producer_id: input.producer_id,
        }))
      )
    )
    emitEventStep({
      eventName: "ocop.producer_member.invited",
      data: transform({ created }, ({ created }) =>
        created.map((m) => ({ id: m.id }))
      ),
    })
    return new WorkflowResponse(created)
  }
)
