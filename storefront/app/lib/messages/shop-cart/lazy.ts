import type { AppMessageLoaders } from "../../i18n"

/**
 * The cart's messages (also shown by the checkout), one language per chunk. Those route modules
 * load them with i18n.loadMessages, so the other shop pages never download them.
 */
export const shopCartMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
