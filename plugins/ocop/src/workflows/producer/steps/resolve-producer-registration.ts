import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type ProducerRegistration =
  { kind: "accept_invitation"; member_id: string } | { kind: "request" }

export const resolveProducerRegistrationStepId =
  "ocop-resolve-producer-registration"
/**
 * Decides what a newly registered producer login does: take up the office's
 * invitation for its email, or ask for an account. An email that already has an
 * account or a request is a 409.
 */
export const resolveProducerRegistrationStep = createStep(
  resolveProducerRegistrationStepId,
  async (input: { email: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [member] = await ocop.listProducerMembers(
      { email: input.email },
      { select: ["id", "status"] }
    )
    if (!member)
      return new StepResponse<ProducerRegistration>({ kind: "request" })
    if (member.status !== "invited") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `email: ${input.email} already has a producer account or request (${member.status})`
      )
    }
    return new StepResponse<ProducerRegistration>({
      kind: "accept_invitation",
      member_id: member.id,
    })
  }
)
