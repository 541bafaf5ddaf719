import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import { createProducerLoginsWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"

/** The demo login email of a seeded producer (a local address: no real producer is mailed). */
export function demoProducerEmail(handle: string) {
  return `${handle}@producer.ocop-market.local`
}

/**
 * A producer portal login for every producer that has no member yet, all with the
 * given demo password. Returns the producers' logins (email, producer id, name).
 */
export async function ensureProducerLogins(
  container: MedusaContainer,
  password: string
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop = container.resolve(PRODUCER_MODULE) as any
  const producers = await ocop.listProducers(
    {},
    { select: ["id", "handle", "name"], relations: ["members"] }
  )
  const missing = producers.filter((p: any) => !p.members?.length)
  if (missing.length) {
    await createProducerLoginsWorkflow(container).run({
      input: {
        logins: missing.map((p: any) => ({
          producer_id: p.id,
          email: demoProducerEmail(p.handle),
          password,
          name: p.name,
        })),
      },
    })
    logger.info(`  ${missing.length} producer logins created`)
  } else {
    logger.info("  every producer already has a login")
  }
  return producers.map((p: any) => ({
    producer_id: p.id,
    name: p.name,
    email: demoProducerEmail(p.handle),
  }))
}
