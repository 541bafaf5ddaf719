import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CASSO_SIGNATURE_HEADER, verifyCassoSignature } from "./casso-signature"

/**
 * Casso webhook v2 signs each delivery with the webhook's checksum key
 * (CASSO_WEBHOOK_CHECKSUM_KEY). The older v1 "secure-token" header, a bare shared
 * secret, is not accepted: it proves nothing about the body. Without the variable the
 * endpoint is closed.
 */
export function requireCassoSignature(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const key = process.env.CASSO_WEBHOOK_CHECKSUM_KEY
  if (!key) {
    res.status(503).json({
      type: "not_configured",
      message: "CASSO_WEBHOOK_CHECKSUM_KEY is not set: Casso webhooks are off",
    })
    return
  }
  const header = String(req.headers[CASSO_SIGNATURE_HEADER] ?? "")
  if (!verifyCassoSignature(header, req.body, key)) {
    res.status(401).json({
      type: "unauthorized",
      message: `${CASSO_SIGNATURE_HEADER}: missing, malformed or not signed with the checksum key`,
    })
    return
  }
  next()
}
