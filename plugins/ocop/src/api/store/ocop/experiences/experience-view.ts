import type { MedusaContainer } from "@medusajs/framework/types"
import { ADMIN_UNITS_MODULE } from "../../../../modules/admin-units"
import {
  isCalendarDate,
  isOfferedDate,
  scheduleOf,
} from "../../../../modules/experience/rules/experience-dates"
import type {
  CommuneMatch,
  default as AdminUnitsModuleService,
} from "../../../../modules/admin-units/service"
import type { ExperienceListing } from "../../../../workflows/experience/steps/experience-dates-of"

/**
 * What a visitor sees of an experience: the listing, its commune with province, and
 * the dates still bookable (after `today`, offered by a date variant, a seat left).
 */
export async function experienceView(
  container: MedusaContainer,
  listings: ExperienceListing[],
  today: string
) {
  const ocop = container.resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
  const codes = [...new Set(listings.map((l) => l.experience.commune_code))]
  const communes: CommuneMatch[] = codes.length
    ? (await ocop.searchCommunes({ code: codes, limit: codes.length })).communes
    : []
  return listings.map(({ experience: e, product: p, dates }) => {
    const bookable = dates.filter(
      (d) =>
        isCalendarDate(d.date) &&
        d.date > today &&
        d.seats_left > 0 &&
        // A date the host closed after its variant was opened.
        isOfferedDate(scheduleOf(e), d.date)
    )
    const commune = communes.find((c) => c.code === e.commune_code)
    const certificate = (p.certifications ?? []).find(
      (c: any) => c.status === "active"
    )
    return {
      id: e.id,
      product_id: p.id,
      handle: p.handle,
      title: p.title,
      subtitle: p.subtitle ?? null,
      description: p.description ?? null,
      thumbnail: p.thumbnail ?? null,
      duration_minutes: e.duration_minutes,
      start_time: e.start_time,
      meeting_point: e.meeting_point,
      commune: commune
        ? { code: commune.code, name: commune.name, province: commune.province }
        : { code: e.commune_code, name: null, province: null },
      languages: e.languages,
      included: e.included,
      cancellation_terms: e.cancellation_terms,
      capacity_per_date: e.capacity_per_date,
      adult_price: e.adult_price,
      child_price: e.child_price ?? null,
      child_max_age: e.child_max_age ?? null,
      weekdays: e.weekdays,
      is_illustrative: e.is_illustrative,
      // Provenance: the current certificate (sector 6) and the host producer, if any.
      certificate: certificate
        ? {
            stars: certificate.stars,
            decision_number: certificate.decision_number ?? null,
            issuing_body: certificate.issuing_body ?? null,
            valid_until: certificate.valid_until ?? null,
          }
        : null,
      host: p.producer
        ? { handle: p.producer.handle, name: p.producer.name }
        : null,
      next_date: bookable[0]?.date ?? null,
      dates: bookable.map((d) => ({
        date: d.date,
        variant_id: d.variant_id,
        seats_left: d.seats_left,
      })),
    }
  })
}
