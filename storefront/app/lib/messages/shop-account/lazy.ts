import type { AppMessageLoaders } from "../../i18n"

/**
 * The account pages' messages (sign-in, registration, wishlist, overview, address book),
 * one language per chunk. Each of those route modules loads them with
 * i18n.loadMessages, so the other shop pages never download them.
 */
export const shopAccountMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
