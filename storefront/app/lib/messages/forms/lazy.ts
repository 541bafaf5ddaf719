import type { AppMessageLoaders } from "../../i18n"

/**
 * The forms' texts and errors, one language per chunk. Loaded by the shop's form
 * pages and by the portal's and console's layouts (i18n.loadMessages), so the other
 * shop pages never download them.
 */
export const formsMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
