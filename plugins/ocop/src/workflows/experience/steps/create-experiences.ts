import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type CreateExperienceInput = {
  duration_minutes: number
  start_time: string
  meeting_point: string
  commune_code: string
  languages: string[]
  included: string[]
  cancellation_terms: string
  capacity_per_date: number
  adult_price: number
  child_price?: number | null
  child_max_age?: number | null
  weekdays: number[]
  closed_dates?: string[]
  extra_dates?: string[]
  stock_location_id: string
  is_illustrative?: boolean
}

export const createExperiencesStepId = "ocop-create-experiences"
/** Creates experiences' OCOP details; compensation deletes them. */
export const createExperiencesStep = createStep(
  createExperiencesStepId,
  async (input: CreateExperienceInput[], { container }) => {
    const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const created = await ocop.createExperiences(
      input.map((e) => ({
        ...e,
        closed_dates: e.closed_dates ?? [],
        extra_dates: e.extra_dates ?? [],
      })) as any[]
    )
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .deleteExperiences(createdIds)
  }
)
