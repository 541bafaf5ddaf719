import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureProducerShipping } from "../workflows/producer/ensure-producer-locations"

// Run once by `medusa db:migrate`: producers made before each had its own shipping
// profile get it, with their delivery, pickups and products on it (the seed runs the
// same backfill). Its name sorts after `relabel-split-module-links`: scripts run in
// name order, and this one's workflows load the product links, which on a database of
// the former single `ocop` module must be relabelled first (the upgrade test fails
// otherwise: those links stay described as the `ocop` module's).
export default async function producerShippingProfiles({ container }: ExecArgs) {
  const done = await ensureProducerShipping(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      `ocop: ${done.profiles} producer shipping profile(s) created, ${done.options} option(s) copied`
    )
}
