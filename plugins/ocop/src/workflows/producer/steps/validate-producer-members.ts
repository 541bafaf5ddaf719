import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type ValidateProducerMembersInput = {
  // New members: their email must be free.
  emails?: string[]
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
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (input.emails?.length) {
      const taken = await ocop.listProducerMembers(
        { email: input.emails },
        { select: ["email"] }
      )
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
