import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "./steps/create-producer-members"
import { issueProducerInvitationsStep } from "./steps/issue-producer-invitations"
import { sendProducerInvitationsStep } from "./steps/send-producer-invitations"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type InviteProducerMembersInput = {
  producer_id: string
  members: { email: string; name?: string | null }[]
}

export const inviteProducerMembersWorkflowId = "ocop-invite-producer-members"
/**
 * The office invites people to the producer portal for a producer. Each gets a
 * single-use, expiring token by e-mail; registering with it makes them active.
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
    const issued = issueProducerInvitationsStep(
      transform({ created }, ({ created }) => ({
        ids: created.map((m) => m.id),
      }))
    )
    emitEventStep({
      eventName: "ocop.producer_member.invited",
      data: transform({ created }, ({ created }) =>
        created.map((m) => ({ id: m.id }))
      ),
    })
    // Last: an e-mail cannot be recalled if an earlier step fails.
    sendProducerInvitationsStep(issued)
    return new WorkflowResponse(
      transform({ input, created, issued }, ({ input, created, issued }) =>
        created.map((m) => ({
          id: m.id,
          email: m.email,
          name: m.name,
          status: m.status,
          producer_id: input.producer_id,
          invitation_expires_at:
            issued.find((i) => i.id === m.id)?.expires_at ?? null,
        }))
      )
    )
  }
)
