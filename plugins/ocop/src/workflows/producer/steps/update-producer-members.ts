import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type UpdateProducerMembersStepInput = {
  id: string
  status?:
    "invited" | "requested" | "active" | "rejected" | "revoked" | "deactivated"
  status_reason?: string | null
  producer_id?: string | null
  auth_identity_id?: string | null
  name?: string | null
  invitation_token_hash?: string | null
  invitation_expires_at?: Date | null
}[]

export const updateProducerMembersStepId = "ocop-update-producer-members"
/** Updates producer members; compensation writes back the previous values of the changed fields. */
export const updateProducerMembersStep = createStep(
  updateProducerMembersStepId,
  async (input: UpdateProducerMembersStepInput, { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const fields = [...new Set(input.flatMap((u) => Object.keys(u)))]
    const previous = await ocop.listProducerMembers(
      { id: input.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await ocop.updateProducerMembers(input as any[])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .updateProducerMembers(previous as any[])
  }
)
