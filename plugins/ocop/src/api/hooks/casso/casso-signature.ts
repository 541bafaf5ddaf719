import { createHmac, timingSafeEqual } from "node:crypto"

/** The header Casso signs webhook v2 deliveries with: `t=<unix ms>,v1=<hex>`. */
export const CASSO_SIGNATURE_HEADER = "x-casso-signature"

/** The body with every object's keys in ascending order, as Casso serializes it to sign. */
function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.keys(value as object)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])
  )
}

/**
 * Casso webhook v2: HMAC-SHA512, keyed with the webhook's checksum key, over
 * `<t>.<JSON of the body with keys sorted>`, hex in `v1`. The body is the parsed JSON,
 * so the check holds whatever whitespace the request carried.
 */
export function verifyCassoSignature(
  header: string,
  body: unknown,
  checksumKey: string
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]+)$/i.exec(header.trim())
  if (!match) return false
  const [, timestamp, signature] = match
  const expected = createHmac("sha512", checksumKey)
    .update(`${timestamp}.${JSON.stringify(sortKeys(body))}`)
    .digest("hex")
  const given = Buffer.from(signature.toLowerCase())
  const want = Buffer.from(expected)
  return given.length === want.length && timingSafeEqual(given, want)
}
