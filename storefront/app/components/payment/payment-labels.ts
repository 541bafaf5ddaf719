import type { SerializeFrom } from "@remix-run/node"
import type { useT } from "~/lib/i18n"
import type { OrderPaymentView } from "./order-payment.server"
import type { PaymentKind } from "./payment-methods"

type T = ReturnType<typeof useT>

export function paymentLabel(kind: PaymentKind | null, t: T) {
  if (kind === "cod") return t("checkout.cod")
  if (kind === "vietqr") return t("payment.vietqr")
  if (kind === "card") return t("payment.card")
  return t("common.notRecorded")
}

/** Medusa's payment_status as the shopper reads it: a promised payment is not yet money received. */
export function paymentStatusLabel(
  payment: SerializeFrom<OrderPaymentView>,
  t: T
) {
  if (payment.status === "captured") return t("payment.status.paid")
  if (payment.status === "refunded") return t("payment.status.refunded")
  if (payment.status === "canceled") return t("payment.status.canceled")
  if (payment.kind === "cod") return t("payment.status.onDelivery")
  if (payment.kind === "vietqr") return t("payment.status.awaitingTransfer")
  return t("payment.status.awaiting")
}
