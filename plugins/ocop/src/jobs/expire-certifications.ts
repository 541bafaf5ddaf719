import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificationsWorkflow } from "../workflows/expire-certifications"
import { notifyExpiringCertificationsWorkflow } from "../workflows/notify-expiring-certifications"

/**
 * Every night just after midnight in Vietnam (17:05 UTC), expire the certificates
 * that ran out and tell producers whose certificates end in 60 or 14 days.
 */
export default async function expireCertificationsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // The calendar day in Vietnam, where the certificates' dates are meant.
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date())
  const { result } = await expireCertificationsWorkflow(container).run({
    input: { today },
  })
  if (result.length)
    logger.info(`OCOP: ${result.length} certification(s) expired on ${today}`)
  const { result: notices } = await notifyExpiringCertificationsWorkflow(
    container
  ).run({ input: { today } })
  if (notices.length)
    logger.info(`OCOP: ${notices.length} expiry notice(s) sent on ${today}`)
}

export const config = {
  name: "ocop-expire-certifications",
  schedule: "5 17 * * *",
}
