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

// Payments (docs/payments.md): the bank-statement integration reconciles with its
// shared secret; wallets call with their own signatures, checked in each route
// (docs/wallets.md).
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
]
