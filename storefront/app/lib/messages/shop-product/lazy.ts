import type { AppMessageLoaders } from "../../i18n"

/**
 * The messages of the product page and the trace page a QR code opens: buy box, gallery, buy bar, certificate, reviews, rails and share row, one language per chunk. Each of those route modules
 * loads them with i18n.loadMessages, so the other shop pages never download them.
 */
export const shopProductMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
