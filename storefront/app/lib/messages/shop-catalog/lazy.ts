import type { AppMessageLoaders } from "../../i18n"

/**
 * The messages of the catalog pages: filters, sorting and search results, one language per chunk. Each of those route modules
 * loads them with i18n.loadMessages, so the other shop pages never download them.
 */
export const shopCatalogMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
