import type { useT } from "~/lib/i18n"
import type { PaymentKind } from "./payment-methods"

type T = ReturnType<typeof useT>

/**
 * How a payment method is named, at the checkout and on the order pages. The payment's
 * state (payment-status-label.ts) is apart: only the order pages show it, and the checkout
 * does not download its texts.
 *
 * `ships` is false for an order of experiences only: nobody delivers anything,
 * so cash is paid at the venue, not to a delivery person.
 */
export function paymentLabel(kind: PaymentKind | null, t: T, ships = true) {
  if (kind === "cod") return t(ships ? "checkout.cod" : "payment.codAtVenue")
  if (kind === "vietqr") return t("payment.vietqr")
  if (kind === "card") return t("payment.card")
  if (kind === "vnpay") return t("payment.vnpay")
  if (kind === "momo") return t("payment.momo")
  if (kind === "zalopay") return t("payment.zalopay")
  if (kind === "momoAtm") return t("payment.momoAtm")
  return t("common.notRecorded")
}
