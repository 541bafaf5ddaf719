import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamToday } from "../modules/certification/rules/validity"
import { expireCertificationsWorkflow } from "../workflows/certification/expire-certifications"
import { notifyExpiringCertificationsWorkflow } from "../workflows/certification/notify-expiring-certifications"

/**
 * Every night just after midnight in Vietnam (17:05 UTC), expire the certificates
 * that ran out and tell producers whose certificates end in 60 or 14 days.
 */
export default async function expireCertificationsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const today = vietnamToday()
  // One line per run: with several processes, the logs show the run happened once.
  logger.info(`OCOP: certificate expiry check for ${today} at ${new Date().toISOString()}`)
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
  // OCOP_EXPIRY_SCHEDULE (a cron line) lets the scale-out tests run it every second.
  schedule: process.env.OCOP_EXPIRY_SCHEDULE || "5 17 * * *",
}
