import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { vietnamToday } from "../../../modules/certification/rules/validity"
import { currentProducerId } from "../helpers"
import { hostExperiences } from "./host-experiences"

/** The host's experiences and upcoming dates with seats sold and left; bookings are counted, not listed. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const experiences = await hostExperiences(
    req.scope,
    producerId,
    vietnamToday()
  )
  res.json({
    experiences: experiences.map(({ dates, ...e }) => ({
      ...e,
      dates: dates.map(({ bookings, ...d }) => ({
        ...d,
        bookings_count: bookings.filter((b) => b.status !== "cancelled")
          .length,
      })),
    })),
  })
}
