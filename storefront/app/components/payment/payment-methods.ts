/** Medusa's system provider stands for cash on delivery, paid to the courier. */
export const CASH_ON_DELIVERY = "pp_system_default"
/** Our VietQR bank-transfer provider (plugins/ocop/src/providers/vietqr). */
export const VIETQR = "pp_vietqr_vietqr"
/** Medusa's Stripe provider, present when the backend has STRIPE_API_KEY. */
export const STRIPE = "pp_stripe_stripe"

export type PaymentKind = "cod" | "vietqr" | "card"

/** The order the checkout offers them in: how Vietnamese shoppers mostly pay. */
export const PAYMENT_KINDS: Record<string, PaymentKind> = {
  [CASH_ON_DELIVERY]: "cod",
  [VIETQR]: "vietqr",
  [STRIPE]: "card",
}

export function paymentKind(
  providerId: string | null | undefined
): PaymentKind | null {
  return (providerId && PAYMENT_KINDS[providerId]) || null
}
