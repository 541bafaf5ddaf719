import type { AppMessageLoaders } from "../../i18n"

/**
 * The texts of the forms several apps share (contact, address, sign-in, registration) and their errors, one language per chunk.
 * Loaded by the pages with those forms (i18n.loadMessages), so the other pages never download them.
 */
export const formsMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
