import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { issueProducerInvitationsStep } from "./steps/issue-producer-invitations"
import { sendProducerInvitationsStep } from "./steps/send-producer-invitations"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type ResendProducerInvitationInput = { id: string }

export const resendProducerInvitationWorkflowId =
  "ocop-resend-producer-invitation"
/**
 * Sends a fresh invitation (new token, new expiry) for an open, expired or revoked
 * invitation; the earlier token stops working.
 */
export const resendProducerInvitationWorkflow = createWorkflow(
  resendProducerInvitationWorkflowId,
  (input: WorkflowData<ResendProducerInvitationInput>) => {
    const { data: found } = useQueryGraphStep({
      entity: "producer_member",
      fields: ["id", "email"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    // A revoked invitation comes back only if no one else holds the email since.
    validateProducerMembersStep(
      transform({ input, found }, ({ input, found }) => ({
        decide: { ids: [input.id], statuses: ["invited", "revoked"] },
        emails: [found[0].email],
        except_member_id: found[0].id,
      }))
    )
    const issued = issueProducerInvitationsStep(
      transform({ input }, ({ input }) => ({ ids: [input.id] }))
    )
    emitEventStep({
      eventName: "ocop.producer_member.invited",
      data: transform({ input }, ({ input }) => [{ id: input.id }]),
    })
    sendProducerInvitationsStep(issued)
    const member = transform({ found }, ({ found }) => ({
      id: found[0].id,
      email: found[0].email,
      status: "invited" as const,
    }))
    return new WorkflowResponse(member)
  }
)
