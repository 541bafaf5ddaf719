import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type CancelExperienceBookingsInput = {
  ids: string[]
  reason: string
}

export const cancelExperienceBookingsStepId = "ocop-cancel-experience-bookings"
/** Marks bookings cancelled with the host's reason; undone by marking them booked again. */
export const cancelExperienceBookingsStep = createStep(
  cancelExperienceBookingsStepId,
  async (input: CancelExperienceBookingsInput, { container }) => {
    if (!input.ids.length) return new StepResponse([], [])
    const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const cancelledAt = new Date()
    await ocop.updateExperienceBookings(
      input.ids.map((id) => ({
        id,
        status: "cancelled" as const,
        cancelled_at: cancelledAt,
        cancel_reason: input.reason,
      }))
    )
    return new StepResponse(input.ids, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateExperienceBookings(
      ids.map((id) => ({
        id,
        status: "booked" as const,
        cancelled_at: null,
        cancel_reason: null,
      }))
    )
  }
)
