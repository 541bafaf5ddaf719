import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureProducerShipping } from "../workflows/producer/ensure-producer-locations"

// Run once by `medusa db:migrate`: producers made before each had its own shipping
// profile get it, with their delivery, pickups and products on it (the seed runs the
// same backfill).
export default async function producerShippingProfiles({ container }: ExecArgs) {
  const done = await ensureProducerShipping(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      `ocop: ${done.profiles} producer shipping profile(s) created, ${done.options} option(s) copied`
    )
}
