import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { HookReconcileVietQrTransfer } from "./vietqr/reconcile/validators"
import { requireReconcileSecret } from "./vietqr/reconcile/require-reconcile-secret"
import { requireCarrierToken } from "./carriers/require-carrier-token"
import { HookGhnStatus } from "./ghn/validators"
import { HookGhtkStatus } from "./ghtk/validators"

// Payments (docs/payments.md): the bank-statement integration reconciles with its
// shared secret. Carriers (docs/carriers.md) call with the token of their URL.
export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/ghn",
    method: ["POST"],
    middlewares: [
      requireCarrierToken("GHN_WEBHOOK_TOKEN"),
      validateAndTransformBody(HookGhnStatus),
    ],
  },
  {
    matcher: "/hooks/ghtk",
    method: ["POST"],
    middlewares: [
      requireCarrierToken("GHTK_WEBHOOK_TOKEN"),
      validateAndTransformBody(HookGhtkStatus),
    ],
  },
  {
    matcher: "/hooks/vietqr/reconcile",
    method: ["POST"],
    middlewares: [
      requireReconcileSecret,
      validateAndTransformBody(HookReconcileVietQrTransfer),
    ],
  },
]
