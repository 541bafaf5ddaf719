import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { timingSafeEqual } from "node:crypto"

/**
 * SePay's "API Key" authentication: every webhook carries `Authorization: Apikey <key>`,
 * the key set on the webhook in SePay's dashboard and here as SEPAY_WEBHOOK_API_KEY.
 * Without the variable the endpoint is closed.
 */
export function requireSepayApiKey(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const expected = process.env.SEPAY_WEBHOOK_API_KEY
  if (!expected) {
    res.status(503).json({
      type: "not_configured",
      message: "SEPAY_WEBHOOK_API_KEY is not set: SePay webhooks are off",
    })
    return
  }
  const header = String(req.headers.authorization ?? "")
  const match = /^Apikey\s+(.+)$/i.exec(header.trim())
  const given = Buffer.from(match?.[1] ?? "")
  const want = Buffer.from(expected)
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    res.status(401).json({
      type: "unauthorized",
      message: "authorization: expected 'Apikey <SePay webhook key>'",
    })
    return
  }
  next()
}
