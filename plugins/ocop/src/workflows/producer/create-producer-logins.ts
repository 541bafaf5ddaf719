import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "./steps/create-producer-members"
import { registerEmailpassIdentitiesStep } from "../common/register-emailpass-identities"
import { setProducerAuthIdentitiesStep } from "./steps/set-producer-auth-identities"
import { validateProducerMembersStep } from "./steps/validate-producer-members"

export type CreateProducerLoginsInput = {
  logins: {
    producer_id: string
    email: string
    password: string
    name?: string | null
  }[]
}

export const createProducerLoginsWorkflowId = "ocop-create-producer-logins"
/**
 * Gives producers ready-to-use portal logins (email + password, active at once): the
 * demo seed's way; in production the office invites and members register themselves.
 */
export const createProducerLoginsWorkflow = createWorkflow(
  createProducerLoginsWorkflowId,
  (input: WorkflowData<CreateProducerLoginsInput>) => {
    validateProducerMembersStep(
      transform({ input }, ({ input }) => ({
        emails: input.logins.map((l) => l.email),
      }))
    )
    const identities = registerEmailpassIdentitiesStep(
      transform({ input }, ({ input }) =>
        input.logins.map(({ email, password }) => ({ email, password }))
      )
    )
    const members = createProducerMembersStep(
      transform({ input, identities }, ({ input, identities }) =>
        input.logins.map((l) => ({
          email: l.email,
          name: l.name ?? null,
          status: "active" as const,
          producer_id: l.producer_id,
          auth_identity_id: identities.find((i) => i.email === l.email)!
            .auth_identity_id,
        }))
      )
    )
    setProducerAuthIdentitiesStep(
      transform({ members }, ({ members }) =>
        members.map((m) => ({
          auth_identity_id: m.auth_identity_id!,
          member_id: m.id,
        }))
      )
    )
    emitEventStep({
      eventName: "ocop.producer_member.created",
      data: transform({ members }, ({ members }) =>
        members.map((m) => ({ id: m.id }))
      ),
    })
    return new WorkflowResponse(members)
  }
)
