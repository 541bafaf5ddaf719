import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import {
  hashInvitationToken,
  invitationExpiresAt,
  newInvitationToken,
} from "../../../modules/producer/rules/producer-invitation"
import type ProducerModuleService from "../../../modules/producer/service"

export type IssuedProducerInvitation = {
  id: string
  token: string
  expires_at: Date
}

export const issueProducerInvitationsStepId = "ocop-issue-producer-invitations"
/**
 * Gives members a fresh single-use invitation token (status "invited"), storing only
 * its hash and expiry; an earlier token stops working. Compensation restores the
 * previous status, hash and expiry.
 */
export const issueProducerInvitationsStep = createStep(
  issueProducerInvitationsStepId,
  async (input: { ids: string[] }, { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    if (!input.ids.length) return new StepResponse([], [])
    const previous = await ocop.listProducerMembers(
      { id: input.ids },
      {
        select: [
          "id",
          "status",
          "invitation_token_hash",
          "invitation_expires_at",
        ],
      }
    )
    const expires_at = invitationExpiresAt(
      new Date(),
      Number(process.env.OCOP_INVITATION_TTL_DAYS)
    )
    const issued: IssuedProducerInvitation[] = input.ids.map((id) => ({
      id,
      token: newInvitationToken(),
      expires_at,
    }))
    await ocop.updateProducerMembers(
      issued.map((i) => ({
        id: i.id,
        status: "invited" as const,
        invitation_token_hash: hashInvitationToken(i.token),
        invitation_expires_at: i.expires_at,
      }))
    )
    return new StepResponse(issued, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .updateProducerMembers(previous as any[])
  }
)
