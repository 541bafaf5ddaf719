import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerLocationsWorkflow } from "./create-producer-locations"

/**
 * The backfill for a database made before producers had premises: every producer
 * without a stock location gets one (with its delivery option). Idempotent: run it
 * again and it finds nothing to do. Used by the migration script and the seed.
 */
export async function ensureProducerLocations(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name", "address", "commune_code", "stock_location.id"],
  })
  const missing = (data as any[]).filter((p) => !p.stock_location?.id)
  if (!missing.length) return 0
  await createProducerLocationsWorkflow(container).run({
    input: {
      producers: missing.map((p) => ({
        id: p.id,
        handle: p.handle,
        name: p.name,
        address: p.address,
        commune_code: p.commune_code,
      })),
    },
  })
  return missing.length
}
