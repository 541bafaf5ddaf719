import type { AppMessageLoaders } from "../../i18n"

/**
 * The messages of the customer's own pages: account, address book, cart, checkout and orders, one language per chunk. Each of those route modules
 * loads them with i18n.loadMessages, so the other shop pages never download them.
 */
export const shopCustomerMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
