import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { normalizeMemberEmail } from "../../../modules/producer/rules/producer-invitation"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerMemberInput = {
  email: string
  name?: string | null
  status: "invited" | "requested" | "active"
  producer_id?: string | null
  auth_identity_id?: string | null
  request_note?: string | null
}

export const createProducerMembersStepId = "ocop-create-producer-members"
/** Creates producer portal members; compensation deletes them. */
export const createProducerMembersStep = createStep(
  createProducerMembersStepId,
  async (input: CreateProducerMemberInput[], { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const created = await ocop.createProducerMembers(
      input.map((m) => ({
        ...m,
        email: normalizeMemberEmail(m.email),
      })) as any[]
    )
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .deleteProducerMembers(createdIds)
  }
)
