import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { experienceListings } from "./experience-dates-of"

export type CancelExperienceDateInput = {
  experience_id: string
  date: string
  reason: string
  // The signed-in host: another producer's experience is a 404, as a missing one.
  producer_id: string
  // The Vietnam calendar date the host cancels on.
  today: string
}

export type CancelledBooking = {
  id: string
  reference: string
  order_id: string
  // Every order line of the group (adults, children): their reservations are released.
  line_item_ids: string[]
  guests: number
  lead_name: string
  lead_phone: string
  email: string | null
  // What happens to the money: returned, authorization dropped, or left with the goods' payment.
  payment_release: "refunded" | "canceled" | "to_settle" | "none"
}

export type ExperienceDateCancellationPlan = {
  experience_id: string
  experience_title: string
  date: string
  reason: string
  closed_dates: string[]
  inventory_item_id: string
  location_id: string
  bookings: CancelledBooking[]
  // Authorized payments covering nothing but cancelled seats: canceled whole.
  cancel_payment_ids: string[]
  // Captured payments: the cancelled lines' amount goes back.
  refunds: { payment_id: string; amount: number }[]
  // Orders whose uncaptured payment also covers goods: nothing to release until captured.
  orders_left_to_settle: string[]
}

// Amounts and quantities of orders and payments come back as BigNumbers.
const num = (value: unknown) => MathBN.convert(value as any).toNumber()

export const planExperienceDateCancellationStepId =
  "ocop-plan-experience-date-cancellation"
/**
 * Checks that the host may cancel the date and works out what it releases: the date's
 * seats, the bookings still standing, and each order's payment (canceled when the
 * booking is all it pays for and nothing is captured yet, refunded by the booking's
 * amount when captured). Reads only.
 */
export const planExperienceDateCancellationStep = createStep(
  planExperienceDateCancellationStepId,
  async (input: CancelExperienceDateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [listing] = await experienceListings(container, {
      id: input.experience_id,
    })
    const { data: owners } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: listing?.product.id ?? [] },
    })
    if (!listing || (owners[0] as any)?.producer?.id !== input.producer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `id: no experience ${input.experience_id} of yours`
      )
    }
    if (input.date < input.today) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `date: ${input.date} has passed`
      )
    }
    const slot = listing.dates.find((d) => d.date === input.date)
    if (!slot?.inventory_item_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `date: ${input.date} is not an opened date of this experience`
      )
    }
    const closed: string[] = listing.experience.closed_dates ?? []
    const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const standing = await ocop.listExperienceBookings({
      experience_id: input.experience_id,
      date: input.date,
      status: "booked",
    })
    if (closed.includes(input.date) && !standing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `date: ${input.date} is already cancelled`
      )
    }

    const orderIds = [...new Set(standing.map((b) => b.order_id))]
    const { data: orders } = orderIds.length
      ? await query.graph({
          entity: "order",
          fields: [
            "id",
            "email",
            "items.id",
            "items.variant_id",
            "items.quantity",
            "items.detail.quantity",
            "items.unit_price",
            "payment_collections.payments.id",
            "payment_collections.payments.amount",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.canceled_at",
            "payment_collections.payments.refunds.amount",
          ],
          filters: { id: orderIds },
        })
      : { data: [] }
    // Lines of each order already cancelled on another date count as released too.
    const released = new Set(
      (
        await ocop.listExperienceBookings({
          order_id: orderIds,
          status: "cancelled",
        })
      ).map((b) => `${b.order_id} ${b.variant_id}`)
    )
    const plan: ExperienceDateCancellationPlan = {
      experience_id: input.experience_id,
      experience_title: listing.product.title,
      date: input.date,
      reason: input.reason,
      closed_dates: closed.includes(input.date)
        ? closed
        : [...closed, input.date].sort(),
      inventory_item_id: slot.inventory_item_id,
      location_id: listing.experience.stock_location_id,
      bookings: [],
      cancel_payment_ids: [],
      refunds: [],
      orders_left_to_settle: [],
    }
    for (const order of orders as any[]) {
      const mine = standing.filter((b) => b.order_id === order.id)
      const variants = new Set(mine.map((b) => b.variant_id))
      const lines = new Set<string>(
        (order.items ?? [])
          .filter((i: any) => variants.has(i.variant_id))
          .map((i: any) => i.id)
      )
      const amount = (order.items ?? [])
        .filter((i: any) => lines.has(i.id))
        .reduce(
          (sum: number, i: any) =>
            // An order line's quantity lives on its detail (the order item).
            sum + num(i.unit_price) * num(i.detail?.quantity ?? i.quantity),
          0
        )
      const onlyBookings = (order.items ?? []).every(
        (i: any) =>
          lines.has(i.id) || released.has(`${order.id} ${i.variant_id}`)
      )
      const payment = (order.payment_collections ?? [])
        .flatMap((c: any) => c?.payments ?? [])
        .find((p: any) => !p.canceled_at)
      let release: CancelledBooking["payment_release"] = "none"
      if (payment?.captured_at) {
        const refunded = (payment.refunds ?? []).reduce(
          (sum: number, r: any) => sum + num(r.amount),
          0
        )
        const refundable = Math.min(amount, num(payment.amount) - refunded)
        if (refundable > 0) {
          plan.refunds.push({ payment_id: payment.id, amount: refundable })
          release = "refunded"
        }
      } else if (payment && onlyBookings) {
        plan.cancel_payment_ids.push(payment.id)
        release = "canceled"
      } else if (payment) {
        plan.orders_left_to_settle.push(order.id)
        release = "to_settle"
      }
      plan.bookings.push(
        ...mine.map((b) => ({
          id: b.id,
          reference: b.reference,
          order_id: b.order_id,
          line_item_ids: (order.items ?? [])
            .filter((i: any) => i.variant_id === b.variant_id)
            .map((i: any) => i.id),
          guests: b.guests,
          lead_name: b.lead_name,
          lead_phone: b.lead_phone,
          email: order.email ?? null,
          payment_release: release,
        }))
      )
    }
    return new StepResponse(plan)
  }
)
