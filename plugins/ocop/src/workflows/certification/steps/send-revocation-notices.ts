import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerRecipients } from "../../../modules/producer/rules/producer-recipients"
import { CERTIFICATE_NOTICE_FIELDS } from "./certificate-notice-fields"

export const REVOCATION_NOTICE_TEMPLATE = "ocop-certification-revoked"

export const sendRevocationNoticesStepId = "ocop-send-revocation-notices"
/**
 * Tells the producer that the office revoked its certificate, and why. One
 * notification per address; the idempotency key makes a redelivered event
 * harmless. A sent email cannot be recalled, so there is no compensation.
 */
export const sendRevocationNoticesStep = createStep(
  sendRevocationNoticesStepId,
  async (input: { certification_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certification",
      fields: [...CERTIFICATE_NOTICE_FIELDS, "status", "status_reason"],
      filters: { id: input.certification_id },
    })
    const cert = data[0] as any
    if (!cert || cert.status !== "revoked") return new StepResponse([])
    const producer = cert.product?.producer ?? null
    const notifications = producerRecipients(producer).map((to) => ({
      to,
      channel: "email",
      template: REVOCATION_NOTICE_TEMPLATE,
      trigger_type: "ocop.certification.revoked",
      resource_id: cert.id,
      resource_type: "certification",
      idempotency_key: `ocop-revoked-${cert.id}-${to}`,
      data: {
        reason: cert.status_reason,
        stars: cert.stars,
        decision_number: cert.decision_number,
        product: cert.product ? { id: cert.product.id, title: cert.product.title } : null,
        producer: producer ? { id: producer.id, name: producer.name } : null,
      },
    }))
    if (!notifications.length) return new StepResponse([])
    const sent = await container
      .resolve(Modules.NOTIFICATION)
      .createNotifications(notifications)
    return new StepResponse(sent.map((s) => s.id))
  }
)
