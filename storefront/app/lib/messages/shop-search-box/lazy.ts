import type { AppMessageLoaders } from "../../i18n"

/**
 * The search box's suggestion messages, one language per chunk. The combobox
 * (components/shop/search-combobox.tsx) loads them with i18n.loadMessages when it
 * loads, so no page downloads them before the box is used.
 */
export const shopSearchBoxMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
