import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../../../../modules/experience"
import type ExperienceModuleService from "../../../../../../modules/experience/service"
import { bookingViews } from "../../../../../shared/experience-booking-view"

/**
 * The experience bookings of an order, for its confirmation page's vouchers. Like
 * GET /store/ocop/orders/:id/payment it answers anyone holding the order id (an
 * unguessable id the shopper was given); it shows the lead visitor the shopper typed,
 * nothing of the host.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  const bookings = await req.scope
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .listExperienceBookings(
      { order_id: req.params.id },
      { order: { created_at: "ASC" } }
    )
  const views = await bookingViews(req.scope, bookings)
  res.json({
    bookings: views.map((b) => ({
      reference: b.reference,
      experience_title: b.experience_title,
      experience_handle: b.experience_handle,
      date: b.date,
      start_time: b.start_time,
      guests: b.guests,
      children: b.children,
      meeting_point: b.meeting_point,
      lead_name: b.lead_name,
      status: b.status,
    })),
  })
}
