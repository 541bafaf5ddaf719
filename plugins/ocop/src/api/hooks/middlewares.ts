import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { HookMomoIpn } from "./wallets/momo/ipn/validators"
import { HookVnpayIpn } from "./wallets/vnpay/ipn/validators"
import { HookZaloPayCallback } from "./wallets/zalopay/callback/validators"
import { HookReconcileVietQrTransfer } from "./vietqr/reconcile/validators"
import { requireReconcileSecret } from "./vietqr/reconcile/require-reconcile-secret"
import { requireCarrierToken } from "./carriers/require-carrier-token"
import { HookGhnStatus } from "./ghn/validators"
import { HookGhtkStatus } from "./ghtk/validators"
import { HookSepayTransaction } from "./sepay/validators"
import { requireSepayApiKey } from "./sepay/require-sepay-api-key"
import { HookCassoWebhook } from "./casso/validators"
import { requireCassoSignature } from "./casso/require-casso-signature"

// Payments (docs/payments.md): the bank-statement integration reconciles with its
// shared secret; SePay and Casso, bank-statement services, with their own
// authentication (API key, signature), checked before the body is read; wallets call
// with their own signatures, checked in each route (docs/wallets.md). Carriers
// (docs/carriers.md) call with the token of their URL.
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
  {
    matcher: "/hooks/wallets/vnpay/ipn",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(HookVnpayIpn, {})],
  },
  {
    matcher: "/hooks/wallets/momo/ipn",
    method: ["POST"],
    middlewares: [validateAndTransformBody(HookMomoIpn)],
  },
  {
    matcher: "/hooks/wallets/zalopay/callback",
    method: ["POST"],
    middlewares: [validateAndTransformBody(HookZaloPayCallback)],
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
