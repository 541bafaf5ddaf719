import type { AppMessageLoaders } from "../../i18n"

/**
 * What the checkout shares with the address book, the cart and the order pages, one
 * language per chunk. Each of those route modules loads them with i18n.loadMessages, so
 * the other shop pages never download them.
 */
export const shopCustomerMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
