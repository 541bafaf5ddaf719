import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "./steps/create-producer-members"
import { resolveProducerRegistrationStep } from "./steps/resolve-producer-registration"
import { setProducerAuthIdentitiesStep } from "./steps/set-producer-auth-identities"
import { updateProducerMembersStep } from "./steps/update-producer-members"

export type RegisterProducerMemberInput = {
  auth_identity_id: string
  email: string
  name?: string | null
  request_note?: string | null
  // The invitation's token, from the link the office's invitation e-mailed.
  token?: string | null
}

export const registerProducerMemberWorkflowId = "ocop-register-producer-member"
/**
 * A person who registered a producer login either takes up the office's invitation
 * with its token (active at once) or files a request the office approves or rejects.
 */
export const registerProducerMemberWorkflow = createWorkflow(
  registerProducerMemberWorkflowId,
  (input: WorkflowData<RegisterProducerMemberInput>) => {
    const registration = resolveProducerRegistrationStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        token: input.token ?? null,
      }))
    )
    const accepted = when(
      "accept-invitation",
      { registration },
      ({ registration }) => registration.kind === "accept_invitation"
    ).then(() => {
      const updated = updateProducerMembersStep(
        transform({ input, registration }, ({ input, registration }) => [
          {
            id: (registration as { member_id: string }).member_id,
            status: "active" as const,
            auth_identity_id: input.auth_identity_id,
            // Single use: the token's hash goes with the invitation it opened.
            invitation_token_hash: null,
            invitation_expires_at: null,
            ...(input.name ? { name: input.name } : {}),
          },
        ])
      )
      setProducerAuthIdentitiesStep(
        transform({ input, registration }, ({ input, registration }) => [
          {
            auth_identity_id: input.auth_identity_id,
            member_id: (registration as { member_id: string }).member_id,
          },
        ])
      )
      return updated
    })
    const requested = when(
      "request-account",
      { registration },
      ({ registration }) => registration.kind === "request"
    ).then(() =>
      createProducerMembersStep(
        transform({ input }, ({ input }) => [
          {
            email: input.email,
            name: input.name ?? null,
            status: "requested" as const,
            auth_identity_id: input.auth_identity_id,
            request_note: input.request_note ?? null,
          },
        ])
      )
    )
    const member = transform(
      { accepted, requested },
      ({ accepted, requested }) => (accepted ?? requested)![0]
    )
    emitEventStep({
      eventName: "ocop.producer_member.registered",
      data: transform({ member }, ({ member }) => ({
        id: member.id,
        status: member.status,
      })),
    })
    return new WorkflowResponse(member)
  }
)
