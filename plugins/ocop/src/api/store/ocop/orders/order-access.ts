import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a looked-up order stays open from any browser: long enough to read it, short enough to leak little. */
export const ORDER_ACCESS_TTL_SECONDS = 30 * 60

const encode = (value: string | Buffer) => Buffer.from(value).toString("base64url")
const signature = (payload: string, secret: string) =>
  createHmac("sha256", `ocop-order-access:${secret}`).update(payload).digest()

/**
 * A signed, short-lived pass to one order's page: `<payload>.<HMAC>`, the payload
 * naming the order and when the pass ends. Nothing is stored: the backend's secret
 * signs it, and a pass cannot be stretched or moved to another order.
 */
export function signOrderAccess(
  orderId: string,
  secret: string,
  now: Date,
  ttlSeconds = ORDER_ACCESS_TTL_SECONDS
): { token: string; expires_at: string } {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds
  const payload = encode(JSON.stringify({ o: orderId, exp }))
  return {
    token: `${payload}.${encode(signature(payload, secret))}`,
    expires_at: new Date(exp * 1000).toISOString(),
  }
}

/** The order a pass opens, or null when it is forged, altered, malformed or past its end. */
export function verifyOrderAccess(
  token: string,
  secret: string,
  now: Date
): { order_id: string; expires_at: string } | null {
  const [payload, mac, ...rest] = token.split(".")
  if (!payload || !mac || rest.length) return null
  const expected = signature(payload, secret)
  const given = Buffer.from(mac, "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const { o, exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (typeof o !== "string" || typeof exp !== "number") return null
    if (exp * 1000 <= now.getTime()) return null
    return { order_id: o, expires_at: new Date(exp * 1000).toISOString() }
  } catch {
    return null
  }
}

/**
 * A phone number as digits in the national form: "+84 912 345 678", "84912345678"
 * and "0912.345.678" are the same number.
 */
export function normalizePhone(value: string): string {
  const digits = value.replace(/\D/g, "")
  return digits.startsWith("84") && digits.length >= 11 ? `0${digits.slice(2)}` : digits
}

/** Whether what the shopper typed is the order's e-mail or one of its phone numbers. */
export function contactMatches(
  contact: string,
  order: { email?: string | null; phones: (string | null | undefined)[] }
): boolean {
  const typed = contact.trim()
  if (typed.includes("@")) {
    return !!order.email && order.email.trim().toLowerCase() === typed.toLowerCase()
  }
  const phone = normalizePhone(typed)
  // A few digits would match too easily: a whole number is asked for.
  if (phone.length < 9) return false
  return order.phones.some((p) => !!p && normalizePhone(p) === phone)
}
