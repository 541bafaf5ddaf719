import type { AppMessageLoaders } from "../../i18n"

/**
 * The console's offline selling and camera texts, one language per chunk. The lazily
 * loaded modules that show them (offline sale, queue panel, camera) load them at their
 * top level, so no console page downloads them up front.
 */
export const salesPointOfflineMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
