import type { AppMessageLoaders } from "../../i18n"

/**
 * The card form's messages, one language per chunk. The form
 * (components/payment/card-payment-form.tsx) loads them with i18n.loadMessages when it
 * loads, so the checkout does not download them before the card is picked.
 */
export const shopCardPaymentMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
