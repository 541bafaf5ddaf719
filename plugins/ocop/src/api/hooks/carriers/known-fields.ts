import { z } from "@medusajs/framework/zod"

/**
 * A carrier's callback carries many more fields than we read, and the carrier may
 * add some. Medusa's body validator makes every object schema strict, so the
 * payload is first cut down to the fields we read (a preprocess is not made strict).
 */
export function carrierPayload<T extends z.ZodRawShape>(shape: T) {
  const keys = Object.keys(shape)
  return z.preprocess(
    (body) =>
      body && typeof body === "object"
        ? Object.fromEntries(
            Object.entries(body).filter(([k]) => keys.includes(k))
          )
        : body,
    z.object(shape)
  )
}
