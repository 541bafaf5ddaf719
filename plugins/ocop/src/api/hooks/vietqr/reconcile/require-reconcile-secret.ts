import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { timingSafeEqual } from "node:crypto"

export const RECONCILE_SECRET_HEADER = "x-vietqr-reconcile-secret"

/**
 * The bank-statement integration is a machine with one narrow right, so it holds a
 * shared secret (VIETQR_RECONCILE_SECRET) rather than an admin API key that could
 * do anything. Without the variable the endpoint is closed.
 */
export function requireReconcileSecret(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const expected = process.env.VIETQR_RECONCILE_SECRET
  if (!expected) {
    res.status(503).json({
      type: "not_configured",
      message: "VIETQR_RECONCILE_SECRET is not set: reconciliation is off",
    })
    return
  }
  const given = Buffer.from(String(req.headers[RECONCILE_SECRET_HEADER] ?? ""))
  const want = Buffer.from(expected)
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    res.status(401).json({
      type: "unauthorized",
      message: `${RECONCILE_SECRET_HEADER} header missing or wrong`,
    })
    return
  }
  next()
}
