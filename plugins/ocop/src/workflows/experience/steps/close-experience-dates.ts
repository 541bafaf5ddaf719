import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type CloseExperienceDatesInput = {
  experience_id: string
  // The experience's closed dates once this one is added.
  closed_dates: string[]
}[]

export const closeExperienceDatesStepId = "ocop-close-experience-dates"
/**
 * Stores the experiences' new closed dates, so the store, the booking route and the
 * add-to-cart hook stop offering them. Undone by restoring the previous lists.
 */
export const closeExperienceDatesStep = createStep(
  closeExperienceDatesStepId,
  async (input: CloseExperienceDatesInput, { container }) => {
    const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const before = await ocop.listExperiences(
      { id: input.map((e) => e.experience_id) },
      { select: ["id", "closed_dates"] }
    )
    await ocop.updateExperiences(
      input.map((e) => ({
        id: e.experience_id,
        // A json column is typed as an object; the schedule stores a list of dates.
        closed_dates: e.closed_dates as unknown as Record<string, unknown>,
      }))
    )
    return new StepResponse(
      input.map((e) => e.experience_id),
      before.map((e) => ({ id: e.id, closed_dates: e.closed_dates }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .updateExperiences(before as any)
  }
)
