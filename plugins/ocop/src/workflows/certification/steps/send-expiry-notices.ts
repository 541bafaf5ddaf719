import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ExpiryNotice } from "./find-due-expiry-notices"

export const EXPIRY_NOTICE_TEMPLATE = "ocop-certification-expiring"

export const sendExpiryNoticesStepId = "ocop-send-expiry-notices"
/**
 * Sends each notice by email through the Notification Module. The idempotency key
 * (certificate, threshold, address) keeps a re-run from sending the same notice
 * twice even if recording it failed; a sent email cannot be undone, so there is
 * no compensation and this step runs last.
 */
export const sendExpiryNoticesStep = createStep(
  sendExpiryNoticesStepId,
  async (notices: ExpiryNotice[], { container }) => {
    const notifications = notices.flatMap((n) =>
      n.recipients.map((to) => ({
        to,
        channel: "email",
        template: EXPIRY_NOTICE_TEMPLATE,
        trigger_type: "ocop.certification.expiring",
        resource_id: n.certification_id,
        resource_type: "certification",
        idempotency_key: `ocop-expiry-${n.certification_id}-${n.threshold}-${to}`,
        data: {
          threshold_days: n.threshold,
          days_left: n.days_left,
          valid_until: n.valid_until,
          stars: n.stars,
          decision_number: n.decision_number,
          product: n.product,
          producer: n.producer,
        },
      }))
    )
    if (!notifications.length) return new StepResponse([])
    const sent = await container
      .resolve(Modules.NOTIFICATION)
      .createNotifications(notifications)
    return new StepResponse(sent.map((s) => s.id))
  }
)
