import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { HookReconcileVietQrTransfer } from "./vietqr/reconcile/validators"
import { requireReconcileSecret } from "./vietqr/reconcile/require-reconcile-secret"
import { HookSepayTransaction } from "./sepay/validators"
import { requireSepayApiKey } from "./sepay/require-sepay-api-key"
import { HookCassoWebhook } from "./casso/validators"
import { requireCassoSignature } from "./casso/require-casso-signature"

// Payments (docs/payments.md): the bank-statement integration reconciles with its
// shared secret; SePay and Casso, bank-statement services, with their own
// authentication (API key, signature), checked before the body is read.
export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/vietqr/reconcile",
    method: ["POST"],
    middlewares: [
      requireReconcileSecret,
      validateAndTransformBody(HookReconcileVietQrTransfer),
    ],
  },
  {
    matcher: "/hooks/sepay",
    method: ["POST"],
    middlewares: [requireSepayApiKey, validateAndTransformBody(HookSepayTransaction)],
  },
  {
    matcher: "/hooks/casso",
    method: ["POST"],
    middlewares: [requireCassoSignature, validateAndTransformBody(HookCassoWebhook)],
  },
]
