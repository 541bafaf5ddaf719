import type { AppMessageLoaders } from "../../i18n"

/**
 * The messages of the sign-in, registration and wishlist pages, one language per chunk. Each of those route modules
 * loads them with i18n.loadMessages, so the other shop pages never download them.
 */
export const shopAccountMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
