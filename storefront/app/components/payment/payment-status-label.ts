import type { SerializeFrom } from "@remix-run/node"
import type { useT } from "~/lib/i18n"
import type { OrderPaymentView } from "./order-payment.server"
import { isWallet } from "./payment-methods"

type T = ReturnType<typeof useT>

/**
 * Medusa's payment_status as the shopper reads it on the order pages: a promised payment
 * is not yet money received. `ships` is false for an order of experiences only (cash is
 * paid at the venue).
 */
export function paymentStatusLabel(
  payment: SerializeFrom<OrderPaymentView>,
  t: T,
  ships = true
) {
  if (payment.status === "captured") return t("payment.status.paid")
  if (payment.status === "refunded") return t("payment.status.refunded")
  if (payment.status === "canceled") return t("payment.status.canceled")
  if (payment.kind === "cod") return t(ships ? "payment.status.onDelivery" : "payment.status.atVenue")
  if (payment.kind === "vietqr") return t("payment.status.awaitingTransfer")
  // Until the wallet's IPN reaches the shop, nobody here knows whether it was paid.
  if (isWallet(payment.kind)) return t(payment.wallet?.state === "failed" ? "payment.status.walletFailed" : "payment.status.awaitingWallet")
  return t("payment.status.awaiting")
}
