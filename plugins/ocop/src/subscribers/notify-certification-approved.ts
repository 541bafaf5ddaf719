import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCertificationApprovedWorkflow } from "../workflows/certification/notify-certification-approved"

/** The producer learns of the approval and of what still keeps shoppers from buying. */
export default async function notifyCertificationApproved({
  event,
  container,
}: SubscriberArgs<{ id: string; product_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await notifyCertificationApprovedWorkflow(container).run({
    input: { certification_id: event.data.id },
  })
  logger.info(`OCOP: approval of ${event.data.id} notified to ${result.length} address(es)`)
}

export const config: SubscriberConfig = {
  event: "ocop.certification.approved",
}
