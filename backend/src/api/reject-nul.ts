import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const NUL = "\u0000"

/** The path of the first key or string value holding a NUL, e.g. `variants[0].title`. */
export function findNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes(NUL) ? path : null
  if (!value || typeof value !== "object") return null
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = Array.isArray(value)
      ? `${path}[${key}]`
      : path
        ? `${path}.${key}`
        : key
    if (key.includes(NUL)) return innerPath
    const found = findNul(inner, innerPath)
    if (found !== null) return found
  }
  return null
}

/**
 * PostgreSQL cannot store or compare text holding a NUL (U+0000): a query that
 * carries one fails deep in the database layer, as a 500 or a misleading 503. One
 * check at the edge turns it into a 400 naming the parameter, for every route.
 */
export function rejectNulCharacters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // originalUrl: under a use() matcher, req.path has lost the matched prefix.
  const where = /%00/.test(req.originalUrl.split("?")[0])
    ? "the URL path"
    : findNul(req.query) ?? findNul(req.body)
  if (where === null) return next()
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${where || "the request body"} must not contain a NUL character (U+0000)`
    )
  )
}
