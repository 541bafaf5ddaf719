import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../modules/experience"
import type ExperienceModuleService from "../modules/experience/service"
import { vietnamToday } from "../modules/certification/rules/validity"
import {
  EXPERIENCE_BOOKING_WEEKS,
  extendExperienceDatesWorkflow,
} from "../workflows/experience/extend-experience-dates"

/**
 * Every night in Vietnam (17:15 UTC), give every experience its date variants up to
 * twelve weeks ahead. One experience failing does not stop the others.
 */
export default async function extendExperienceDatesJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const today = vietnamToday()
  const experiences = await ocop.listExperiences({}, { select: ["id"] })
  let created = 0
  for (const { id } of experiences) {
    try {
      const { result } = await extendExperienceDatesWorkflow(container).run({
        input: { experience_id: id, today, weeks: EXPERIENCE_BOOKING_WEEKS },
      })
      created += result.created_dates.length
    } catch (error) {
      logger.error(
        `OCOP: experience ${id} dates not extended: ${(error as Error).message}`
      )
    }
  }
  logger.info(
    `OCOP: ${created} experience date(s) opened for ${experiences.length} experience(s) on ${today}`
  )
}

export const config = {
  name: "ocop-extend-experience-dates",
  schedule: "15 17 * * *",
}
