import type { AppMessageLoaders } from "../../i18n"

/**
 * Order and parcel wording, one language per chunk. Loaded by the shop's order pages
 * and the portal's orders page (i18n.loadMessages), so the other pages never download them.
 */
export const ordersMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
