import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  dueExpiryNotice,
  sentExpiryNotices,
  type ExpiryNoticeDays,
} from "../../../modules/certification/rules/expiry-notices"
import { CERTIFICATE_NOTICE_FIELDS } from "./certificate-notice-fields"
import { producerRecipients } from "../../../modules/producer/rules/producer-recipients"

export type ExpiryNotice = {
  certification_id: string
  metadata: Record<string, unknown> | null
  threshold: ExpiryNoticeDays
  days_left: number
  valid_until: string
  stars: number
  decision_number: string | null
  product: { id: string; title: string } | null
  producer: { id: string; name: string } | null
  // The producer's active portal members, else the producer's own address.
  recipients: string[]
}

export const findDueExpiryNoticesStepId = "ocop-find-due-expiry-notices"
/** Lists the active certifications whose 60- or 14-day expiry notice is due on the given day and not yet sent. */
export const findDueExpiryNoticesStep = createStep(
  findDueExpiryNoticesStepId,
  async (input: { today: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certification",
      fields: [...CERTIFICATE_NOTICE_FIELDS, "valid_until", "recognized_year", "metadata"],
      filters: { status: "active" },
    })
    const notices: ExpiryNotice[] = []
    for (const c of data as any[]) {
      const due = dueExpiryNotice(c, sentExpiryNotices(c.metadata), input.today)
      if (!due) continue
      const producer = c.product?.producer ?? null
      const recipients = producerRecipients(producer)
      // With nobody to tell, the notice stays due: it goes out the night an
      // address is known instead of being recorded as sent.
      if (!recipients.length) continue
      notices.push({
        certification_id: c.id,
        metadata: c.metadata ?? null,
        ...due,
        stars: c.stars,
        decision_number: c.decision_number,
        product: c.product
          ? { id: c.product.id, title: c.product.title }
          : null,
        producer: producer ? { id: producer.id, name: producer.name } : null,
        recipients,
      })
    }
    return new StepResponse(notices)
  }
)
