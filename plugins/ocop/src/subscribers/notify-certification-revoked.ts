import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCertificationRevokedWorkflow } from "../workflows/certification/notify-certification-revoked"

/** The producer learns of a revocation, with the office's reason, without having to look. */
export default async function notifyCertificationRevoked({
  event,
  container,
}: SubscriberArgs<{ id: string; reason?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await notifyCertificationRevokedWorkflow(container).run({
    input: { certification_id: event.data.id },
  })
  logger.info(`OCOP: revocation of ${event.data.id} notified to ${result.length} address(es)`)
}

export const config: SubscriberConfig = {
  event: "ocop.certification.revoked",
}
