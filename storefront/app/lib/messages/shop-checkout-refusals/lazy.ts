import type { AppMessageLoaders } from "../../i18n"

/**
 * The checkout's refusals, one language per chunk. Only the server loads them
 * (routes/_shop.checkout/refusals.server.ts), which sends them worded: the browser build
 * has no importer of this module.
 */
export const shopCheckoutRefusalsMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
