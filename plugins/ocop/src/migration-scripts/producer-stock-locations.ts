import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureProducerLocations } from "../workflows/producer/ensure-producer-locations"

// Run once by `medusa db:migrate`: producers created before they had premises get
// their stock location and delivery option (the seed runs the same backfill).
export default async function producerStockLocations({ container }: ExecArgs) {
  const created = await ensureProducerLocations(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`ocop: ${created} producer stock location(s) created`)
}
