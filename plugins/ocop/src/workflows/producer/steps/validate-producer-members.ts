import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { normalizeMemberEmail } from "../../../modules/producer/rules/producer-invitation"
import type ProducerModuleService from "../../../modules/producer/service"

// Statuses that hold an email: a revoked invitation or a rejected request frees it.
const HOLDS_EMAIL = ["invited", "requested", "active"]

export type ValidateProducerMembersInput = {
  // New members: their email must be free.
  emails?: string[]
  // A member re-invited under its own email does not count as holding it.
  except_member_id?: string
  // Members the office decides on: they must exist with one of these statuses.
  decide?: { ids: string[]; statuses: string[] }
  // The producer they join must exist.
  producer_id?: string | null
}

export const validateProducerMembersStepId = "ocop-validate-producer-members"
/** Checks emails are free, the producer exists and members are in a status the decision applies to. */
export const validateProducerMembersStep = createStep(
  validateProducerMembersStepId,
  async (input: ValidateProducerMembersInput, { container }) => {
    const ocop = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    if (input.emails?.length) {
      const taken = (
        await ocop.listProducerMembers(
          {
            email: input.emails.map(normalizeMemberEmail),
            status: HOLDS_EMAIL,
          },
          { select: ["id", "email"] }
        )
      ).filter((m) => m.id !== input.except_member_id)
      if (taken.length) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `email: ${taken.map((m) => m.email).join(", ")} already has a producer account`
        )
      }
    }
    if (input.producer_id) {
      const [producer] = await ocop.listProducers(
        { id: input.producer_id },
        { select: ["id"] }
      )
      if (!producer) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `producer_id: producer ${input.producer_id} was not found`
        )
      }
    }
    if (input.decide) {
      const members = await ocop.listProducerMembers(
        { id: input.decide.ids },
        { select: ["id", "status"] }
      )
      for (const id of input.decide.ids) {
        const member = members.find((m) => m.id === id)
        if (!member) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Producer member with id "${id}" was not found`
          )
        }
        if (!input.decide.statuses.includes(member.status)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `status: producer member ${id} is ${member.status}, expected ${input.decide.statuses.join(" or ")}`
          )
        }
      }
    }
    return new StepResponse(undefined)
  }
)
