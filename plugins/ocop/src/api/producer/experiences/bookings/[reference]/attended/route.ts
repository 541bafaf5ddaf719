import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../../modules/experience/service"
import { hostBooking } from "../host-booking"

/** The host marks the group arrived. Marking it again changes nothing; a cancelled booking cannot be. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id, booking } = await hostBooking(req)
  if (booking.status === "cancelled") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `status: booking ${booking.reference} was cancelled`
    )
  }
  if (booking.status === "booked") {
    const attendedAt = new Date()
    await req.scope
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .updateExperienceBookings({ id, status: "attended", attended_at: attendedAt })
    booking.status = "attended"
    booking.attended_at = attendedAt
  }
  res.json({ booking })
}
