import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import {
  hashInvitationToken,
  normalizeMemberEmail,
} from "../../../modules/producer/rules/producer-invitation"
import type ProducerModuleService from "../../../modules/producer/service"

export type ProducerRegistration =
  { kind: "accept_invitation"; member_id: string } | { kind: "request" }

const badToken = (why: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `token: ${why}`)

export const resolveProducerRegistrationStepId =
  "ocop-resolve-producer-registration"
/**
 * Decides what a newly registered producer login does. With the invitation's token
 * (unexpired, unused, for this email) it takes up the invitation; a wrong token is a
 * 400 naming `token`. Without one it files a request the office decides, even for an
 * invited email: knowing the address is not proof of owning it. An email that already
 * has an account or a request is a 409.
 */
export const resolveProducerRegistrationStep = createStep(
  resolveProducerRegistrationStepId,
  async (input: { email: string; token?: string | null }, { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const email = normalizeMemberEmail(input.email)
    const [held] = await ocop.listProducerMembers(
      { email, status: ["requested", "active", "rejected", "deactivated"] },
      { select: ["id", "status"] }
    )
    if (held) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `email: ${email} already has a producer account or request (${held.status})`
      )
    }
    if (input.token) {
      const [invited] = await ocop.listProducerMembers(
        { invitation_token_hash: hashInvitationToken(input.token) },
        { select: ["id", "email", "status", "invitation_expires_at"] }
      )
      if (!invited || invited.status !== "invited") {
        throw badToken(
          "this invitation link is not valid (already used, revoked or replaced); ask the office for a new one"
        )
      }
      if (
        !invited.invitation_expires_at ||
        new Date(invited.invitation_expires_at).getTime() <= Date.now()
      ) {
        throw badToken(
          "this invitation has expired; ask the office for a new one"
        )
      }
      if (invited.email !== email) {
        throw badToken("this invitation is for another email address")
      }
      return new StepResponse<ProducerRegistration>({
        kind: "accept_invitation",
        member_id: invited.id,
      })
    }
    return new StepResponse<ProducerRegistration>({ kind: "request" })
  }
)
