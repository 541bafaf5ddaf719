import type { Locale } from "../i18n"
import { localeHeaders, sdk } from "../medusa.server"
import type { StoreOcopSearchResponse } from "../ocop-types"

// The plugin's store API types: a search hit is a search document, not the full listing.
export type { OcopSearchHit, OcopSearchMatch } from "../ocop-types"
export type OcopSearchResult = StoreOcopSearchResponse

/** GET /store/ocop/search: full-text search with the catalog's filters and facets. */
export async function searchOcopProducts(
  query: Record<string, string | number>,
  locale: Locale,
  signal?: AbortSignal
): Promise<OcopSearchResult> {
  return sdk.client.fetch<OcopSearchResult>("/store/ocop/search", {
    query,
    signal,
    headers: localeHeaders(locale),
  })
}

/** GET /store/ocop/search?suggest=true: a few products for the text typed so far. */
export async function suggestOcopProducts(
  q: string,
  limit: number,
  locale: Locale,
  signal?: AbortSignal
): Promise<OcopSearchResult> {
  return searchOcopProducts({ q, suggest: "true", limit }, locale, signal)
}
