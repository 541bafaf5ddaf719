import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../../../modules/experience"
import { normalizeBookingReference } from "../../../../../modules/experience/rules/booking-reference"
import type ExperienceModuleService from "../../../../../modules/experience/service"
import { bookingViews } from "../../../../shared/experience-booking-view"
import { currentProducerId } from "../../../helpers"

/**
 * The booking under the reference in the URL, if it is for one of the signed-in
 * host's experiences; another host's booking is a 404, as a missing one.
 */
export async function hostBooking(req: AuthenticatedMedusaRequest<any, any>) {
  const producerId = await currentProducerId(req)
  const reference = normalizeBookingReference(req.params.reference)
  if (!reference) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `reference: ${req.params.reference} is not a booking reference (TX-XXXXXX)`
    )
  }
  const ocop = req.scope.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const [booking] = await ocop.listExperienceBookings({ reference })
  const [view] = booking ? await bookingViews(req.scope, [booking]) : []
  if (!view || view.producer_id !== producerId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `reference: no booking ${reference} for your experiences`
    )
  }
  const { producer_id: _producer, ...shown } = view
  return { id: booking.id, booking: shown }
}
