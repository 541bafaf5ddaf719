import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { HookReconcileVietQrTransfer } from "./vietqr/reconcile/validators"
import { requireReconcileSecret } from "./vietqr/reconcile/require-reconcile-secret"

// Payments (docs/payments.md): the bank-statement integration reconciles with its
// shared secret.
export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/vietqr/reconcile",
    method: ["POST"],
    middlewares: [
      requireReconcileSecret,
      validateAndTransformBody(HookReconcileVietQrTransfer),
    ],
  },
]
