import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"
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
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateExperienceBookings({ id, status: "attended", attended_at: attendedAt })
    booking.status = "attended"
    booking.attended_at = attendedAt
  }
  res.json({ booking })
}
