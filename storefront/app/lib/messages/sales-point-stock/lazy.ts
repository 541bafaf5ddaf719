import type { AppMessageLoaders } from "../../i18n"

/**
 * The console's stock texts (receiving, transfers, adjustments, ledger, lots, expiring,
 * labels), one language per chunk. Each of those route modules loads them with
 * i18n.loadMessages, so the counter sale and the other console pages never download them.
 */
export const salesPointStockMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
