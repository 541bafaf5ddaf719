import type { AppMessageLoaders } from "../../i18n"

/**
 * The cart page's messages, one language per chunk. Its route module loads them with
 * i18n.loadMessages, so the other shop pages never download them.
 */
export const shopCartMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
