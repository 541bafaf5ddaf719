import type { AppMessageLoaders } from "../../i18n"

/** The shop's messages, one language per chunk: a browser loads only its page's (i18n.loadMessages). */
export const shopMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
