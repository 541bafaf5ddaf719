import type { SerializeFrom } from "@remix-run/node"
import type { useT } from "~/lib/i18n"
import type { OrderPaymentView } from "./order-payment.server"
import type { PaymentKind } from "./payment-methods"

type T = ReturnType<typeof useT>

/**
 * `ships` is false for an order of experiences only: nobody delivers anything,
 * so cash is paid at the venue, not to a delivery person.
 */
export function paymentLabel(kind: PaymentKind | null, t: T, ships = true) {
  if (kind === "cod") return t(ships ? "checkout.cod" : "payment.codAtVenue")
  if (kind === "vietqr") return t("payment.vietqr")
  if (kind === "card") return t("payment.card")
  return t("common.notRecorded")
}

/** Medusa's payment_status as the shopper reads it: a promised payment is not yet money received. */
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
  return t("payment.status.awaiting")
}
