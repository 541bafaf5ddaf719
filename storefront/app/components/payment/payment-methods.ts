/** Medusa's system provider stands for cash on delivery, paid to the courier. */
export const CASH_ON_DELIVERY = "pp_system_default"
/** Our VietQR bank-transfer provider (plugins/ocop/src/providers/vietqr). */
export const VIETQR = "pp_vietqr_vietqr"
/** Medusa's Stripe provider, present when the backend has STRIPE_API_KEY. */
export const STRIPE = "pp_stripe_stripe"
/** Our wallet providers (plugins/ocop/src/providers/{vnpay,momo,zalopay}), present when their keys are set. */
export const VNPAY = "pp_vnpay_vnpay"
export const MOMO = "pp_momo_momo"
export const MOMO_ATM = "pp_momo_atm"
export const ZALOPAY = "pp_zalopay_zalopay"

export type WalletKind = "vnpay" | "momo" | "zalopay" | "momoAtm"
export type PaymentKind = "cod" | "vietqr" | "card" | WalletKind

/** The order the checkout offers them in: how Vietnamese shoppers mostly pay. */
export const PAYMENT_KINDS: Record<string, PaymentKind> = {
  [CASH_ON_DELIVERY]: "cod",
  [VIETQR]: "vietqr",
  [VNPAY]: "vnpay",
  [MOMO]: "momo",
  [ZALOPAY]: "zalopay",
  [MOMO_ATM]: "momoAtm",
  [STRIPE]: "card",
}

export function paymentKind(
  providerId: string | null | undefined
): PaymentKind | null {
  return (providerId && PAYMENT_KINDS[providerId]) || null
}

/** Paid on the wallet's own page, then confirmed by the wallet's IPN to the backend. */
export function isWallet(kind: PaymentKind | null): kind is WalletKind {
  return kind === "vnpay" || kind === "momo" || kind === "zalopay" || kind === "momoAtm"
}
