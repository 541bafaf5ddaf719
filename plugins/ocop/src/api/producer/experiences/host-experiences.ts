import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { experienceListings } from "../../../workflows/experience/steps/experience-dates-of"

/**
 * The producer's experiences with their dates from `today` on: seats left (Medusa's
 * inventory), seats sold and bookings (ours), and whether the host closed the date.
 * `only` narrows to one experience, a 404 unless it is the producer's.
 */
export async function hostExperiences(
  container: MedusaContainer,
  producerId: string,
  today: string,
  only?: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "products.experience.id"],
    filters: { id: producerId },
  })
  const mine: string[] = ((producers[0] as any)?.products ?? [])
    .map((p: any) => p?.experience?.id)
    .filter(Boolean)
  if (only && !mine.includes(only)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `id: no experience ${only} of yours`
    )
  }
  const ids = only ? [only] : mine
  if (!ids.length) return []
  const [listings, bookings] = await Promise.all([
    experienceListings(container, { id: ids }),
    container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .listExperienceBookings(
        { experience_id: ids },
        { order: { created_at: "ASC" } }
      ),
  ])
  return listings.map(({ experience: e, product: p, dates }) => {
    const closed: string[] = e.closed_dates ?? []
    return {
      id: e.id as string,
      product_id: p.id as string,
      title: p.title as string,
      handle: p.handle as string,
      status: p.status as string,
      meeting_point: e.meeting_point as string,
      start_time: e.start_time as string,
      capacity_per_date: e.capacity_per_date as number,
      dates: dates
        .filter((d) => d.date >= today)
        .map((d) => {
          const booked = bookings.filter(
            (b) => b.experience_id === e.id && b.date === d.date
          )
          return {
            date: d.date,
            closed: closed.includes(d.date),
            seats_left: d.seats_left,
            seats_sold: booked
              .filter((b) => b.status !== "cancelled")
              .reduce((n, b) => n + b.guests, 0),
            bookings: booked.map((b) => ({
              reference: b.reference,
              order_id: b.order_id,
              guests: b.guests,
              children: b.children,
              lead_name: b.lead_name,
              lead_phone: b.lead_phone,
              status: b.status,
              cancel_reason: b.cancel_reason,
            })),
          }
        }),
    }
  })
}
