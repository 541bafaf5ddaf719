import type { AppMessageLoaders } from "../../i18n"

/**
 * The header search box's suggestions (the combobox, which loads when the shopper reaches for the box), one language per chunk. Loaded by components/shop/search-combobox.tsx when it loads
 * (i18n.loadMessages), so the other shop pages never download them.
 */
export const shopSearchBoxMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
