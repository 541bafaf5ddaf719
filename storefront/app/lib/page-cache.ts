/**
 * A route's `handle` saying its page is the same for every anonymous visitor, so
 * entry.server may let caches keep it briefly (lib/http-cache.server.ts).
 */
export type CacheHandle = { cache?: "public" }
export const publicPage: CacheHandle = { cache: "public" }
