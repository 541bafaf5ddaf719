import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  offeredDates,
  scheduleOf,
} from "../../../modules/experience/rules/experience-dates"
import { EXPERIENCE_DATE_OPTION } from "./experience-dates-of"

export type PlanExperienceDatesInput = {
  experience_id: string
  today: string
  weeks: number
}

export type ExperienceDatesPlan = {
  product_id: string
  option_id: string
  // Dates the option has no value for yet.
  new_option_values: string[]
  location_id: string
  capacity: number
  price: number
  handle: string
  // Offered dates in the horizon that have no variant yet.
  dates: string[]
}

export const planExperienceDatesStepId = "ocop-plan-experience-dates"
/**
 * Works out which offered dates of the next weeks lack a date variant, so running
 * the extension again adds nothing. Reads only; an unknown experience is a 404.
 */
export const planExperienceDatesStep = createStep(
  planExperienceDatesStepId,
  async (input: PlanExperienceDatesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "experience",
      fields: [
        "*",
        "product.id",
        "product.handle",
        "product.options.id",
        "product.options.title",
        "product.options.values.value",
        "product.variants.metadata",
      ],
      filters: { id: input.experience_id },
    })
    const experience = data[0] as any
    if (!experience?.product) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `experience_id: no experience with a product has id ${input.experience_id}`
      )
    }
    const option = experience.product.options?.find(
      (o: any) => o.title === EXPERIENCE_DATE_OPTION
    )
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `experience_id: the product has no "${EXPERIENCE_DATE_OPTION}" option`
      )
    }
    const existing = new Set(
      (experience.product.variants ?? []).map(
        (v: any) => v.metadata?.ocop_experience_date
      )
    )
    const values = new Set((option.values ?? []).map((v: any) => v.value))
    const dates = offeredDates(
      scheduleOf(experience),
      input.today,
      input.weeks
    ).filter((d) => !existing.has(d))
    const plan: ExperienceDatesPlan = {
      product_id: experience.product.id,
      option_id: option.id,
      new_option_values: dates.filter((d) => !values.has(d)),
      location_id: experience.stock_location_id,
      capacity: experience.capacity_per_date,
      price: experience.adult_price,
      handle: experience.product.handle,
      dates,
    }
    return new StepResponse(plan)
  }
)
