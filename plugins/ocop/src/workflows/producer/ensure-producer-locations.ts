import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerLocationsWorkflow } from "./create-producer-locations"
import { createProducerShippingProfilesWorkflow } from "./create-producer-shipping-profiles"
import { ensureProducerShippingWorkflow } from "./ensure-producer-shipping"

/**
 * The backfill for a database made before producers had premises: every producer
 * without a stock location gets one (with its delivery option). Idempotent: run it
 * again and it finds nothing to do. Used by the migration script and the seed, which
 * also complete the producers' shipping profiles (`ensureProducerShipping`).
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

/**
 * The backfill for a database made before each producer had its shipping profile:
 * producers without one get it, their delivery option moves onto it, it gets a copy
 * of the shop's pickups and warehouse deliveries, and their products move onto it.
 * Idempotent. A shop without a default shipping profile (not set up) is left alone.
 */
export async function ensureProducerShipping(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: defaults }] = await Promise.all([
    query.graph({
      entity: "producer",
      fields: ["id", "handle", "name", "shipping_profile.id"],
    }),
    query.graph({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    }),
  ])
  if (!defaults.length) return { profiles: 0, options: 0 }
  const missing = (producers as any[]).filter((p) => !p.shipping_profile?.id)
  if (missing.length) {
    await createProducerShippingProfilesWorkflow(container).run({
      input: {
        producers: missing.map(({ id, handle, name }) => ({ id, handle, name })),
      },
    })
  }
  const { result } = await ensureProducerShippingWorkflow(container).run({
    input: {},
  })
  return { profiles: missing.length, options: result.create.length }
}
