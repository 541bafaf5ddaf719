import type { AppMessageLoaders } from "../../i18n"

/**
 * The order pages' messages, one language per chunk. Each of those route modules, the
 * account overview's and the review form's load them with i18n.loadMessages, so the
 * other shop pages (the checkout among them) never download them.
 */
export const shopOrdersMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
