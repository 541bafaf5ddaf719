import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { timingSafeEqual } from "node:crypto"

/**
 * GHN and GHTK sign nothing: they call the URL the shop registered in their portal.
 * That URL carries a secret (`?token=`, or the X-Ocop-Carrier-Token header) only
 * the carrier's portal knows; a call without it is refused (401) before anything
 * is read. Without the variable the webhook is closed (503).
 */
export function requireCarrierToken(
  variable: "GHN_WEBHOOK_TOKEN" | "GHTK_WEBHOOK_TOKEN"
) {
  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const expected = process.env[variable]
    if (!expected) {
      res
        .status(503)
        .json({
          type: "not_configured",
          message: `${variable} is not set: this webhook is off`,
        })
      return
    }
    const given = Buffer.from(
      String(
        req.headers["x-ocop-carrier-token"] ?? (req.query as any)?.token ?? ""
      )
    )
    const want = Buffer.from(expected)
    if (given.length !== want.length || !timingSafeEqual(given, want)) {
      res
        .status(401)
        .json({ type: "unauthorized", message: "token: missing or wrong" })
      return
    }
    next()
  }
}
