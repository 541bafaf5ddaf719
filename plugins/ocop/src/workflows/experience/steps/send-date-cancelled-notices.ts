import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ExperienceDateCancellationPlan } from "./plan-experience-date-cancellation"

export const DATE_CANCELLED_NOTICE_TEMPLATE = "ocop-experience-date-cancelled"

export const sendDateCancelledNoticesStepId = "ocop-send-date-cancelled-notices"
/**
 * Tells every booked visitor that the host cancelled the date, why, and that the
 * payment is released. It runs after the payments moved, which cannot be taken back,
 * so a notification provider failing is logged rather than undoing the cancellation;
 * the idempotency key keeps a rerun from mailing twice.
 */
export const sendDateCancelledNoticesStep = createStep(
  sendDateCancelledNoticesStepId,
  async (plan: ExperienceDateCancellationPlan, { container }) => {
    const notifications = plan.bookings
      .filter((b) => b.email)
      .map((b) => ({
        to: b.email!,
        channel: "email",
        template: DATE_CANCELLED_NOTICE_TEMPLATE,
        trigger_type: "ocop.experience_booking.cancelled",
        resource_id: b.id,
        resource_type: "experience_booking",
        idempotency_key: `ocop-date-cancelled-${b.id}`,
        data: {
          reference: b.reference,
          experience_title: plan.experience_title,
          date: plan.date,
          guests: b.guests,
          lead_name: b.lead_name,
          reason: plan.reason,
          payment_release: b.payment_release,
        },
      }))
    if (!notifications.length) return new StepResponse([])
    try {
      const sent = await container
        .resolve(Modules.NOTIFICATION)
        .createNotifications(notifications)
      return new StepResponse(sent.map((s) => s.id))
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `OCOP: the cancellation of ${plan.date} could not be notified: ${error}`
        )
      return new StepResponse([])
    }
  }
)
