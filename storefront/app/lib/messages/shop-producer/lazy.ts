import type { AppMessageLoaders } from "../../i18n"

/**
 * A producer's page: who they are, where, and their products, one language per chunk. Loaded by the producer page's route module
 * (i18n.loadMessages), so the other shop pages never download them.
 */
export const shopProducerMessageLoaders: AppMessageLoaders = {
  vi: () => import("./vi").then((m) => m.vi),
  en: () => import("./en").then((m) => m.en),
}
