import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  isOfferedDate,
  scheduleOf,
} from "../../../modules/experience/rules/experience-dates"
import { experienceGroupViolation } from "../../../modules/experience/rules/experience-group"
import { experienceByHandle } from "./experience-dates-of"

export type ExperienceBooking = {
  handle: string
  cart_id: string
  date: string
  // Every visitor, children included.
  guests: number
  // Of the guests, those who pay the child price.
  children?: number
  lead_name?: string
  lead_phone?: string
  // The Vietnam calendar date the booking is made on.
  today: string
}

export type BookableSlot = {
  variant_id: string
  // In đồng; null when the experience has no child price.
  child_price: number | null
}

export const validateExperienceBookingsStepId =
  "ocop-validate-experience-bookings"
/**
 * Refuses a booking before anything is written: an unknown experience or cart (404),
 * a date that has begun or passed, a date the host does not offer, more guests than
 * the day holds or than seats are left once the cart's own seats for it count (400,
 * naming the field); children where the experience has no child price or without an
 * adult. Returns the date's variant and the child price. Cart completion still reserves the
 * seats under Medusa's inventory lock, which is what stops two carts taking the same
 * last seat.
 */
export const validateExperienceBookingsStep = createStep(
  validateExperienceBookingsStepId,
  async (bookings: ExperienceBooking[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const slots: BookableSlot[] = []
    for (const b of bookings) {
      const listing = await experienceByHandle(container, b.handle)
      if (!listing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `handle: no experience is listed as ${b.handle}`
        )
      }
      const { experience } = listing
      if (b.date <= b.today) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `date: ${b.date} has begun or passed; book from the day after ${b.today}`
        )
      }
      const slot = listing.dates.find((d) => d.date === b.date)
      const offered = isOfferedDate(scheduleOf(experience), b.date)
      if (!slot || !offered) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `date: ${b.date} is not offered for this experience`
        )
      }
      const violation = experienceGroupViolation(
        { guests: b.guests, children: b.children ?? 0 },
        {
          capacity_per_date: Number(experience.capacity_per_date),
          child_price:
            experience.child_price == null ? null : Number(experience.child_price),
        }
      )
      if (violation) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, violation.message)
      }
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "items.variant_id", "items.quantity"],
        filters: { id: b.cart_id },
      })
      const cart = carts[0] as any
      if (!cart) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `cart_id: no cart ${b.cart_id}`
        )
      }
      if (cart.completed_at) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `cart_id: cart ${b.cart_id} is already completed`
        )
      }
      const inCart = (cart.items ?? [])
        .filter((i: any) => i.variant_id === slot.variant_id)
        .reduce((sum: number, i: any) => sum + Number(i.quantity), 0)
      if (inCart + b.guests > slot.seats_left) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `guests: only ${slot.seats_left} seat(s) left on ${b.date}` +
            (inCart ? ` and the cart already holds ${inCart}` : "")
        )
      }
      slots.push({
        variant_id: slot.variant_id,
        child_price:
          experience.child_price == null ? null : Number(experience.child_price),
      })
    }
    return new StepResponse(slots)
  }
)
