import { sdk } from "../medusa.server"
import type { Facet } from "../ocop-types"

/** One product as `GET /store/ocop/search` returns it (a search document, not the full listing). */
export type OcopSearchHit = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  price_vnd: number | null
  stars: number
  is_ocop: boolean
  /** The certificate's status today, the year it was recognized and its last valid day. */
  certification_status: "active" | "expired"
  recognized_year: number | null
  valid_until: string | null
  in_stock: boolean
  producer: { id: string; handle: string | null; name: string | null } | null
  origin: {
    commune_code: string | null
    commune_name: string | null
    province_code: string
    province_name: string | null
  }
}

/**
 * `exact` and `typo` are results (typo: found only with typo tolerance); `near` means
 * nothing matched and the products are near matches to suggest; `all` means no text.
 */
export type OcopSearchMatch = "exact" | "typo" | "near" | "all"

export type OcopSearchResult = {
  products: OcopSearchHit[]
  count: number
  limit: number
  offset: number
  match: OcopSearchMatch
  /** The corrected words searched instead of `q`, when only a typo correction matched. */
  corrected_q?: string
  facets: {
    stars: Facet[]
    province: Facet[]
    category: Facet[]
    producer: Facet[]
  }
  degraded?: boolean
}

/** GET /store/ocop/search: full-text search with the catalog's filters and facets. */
export async function searchOcopProducts(
  query: Record<string, string | number>,
  signal?: AbortSignal
): Promise<OcopSearchResult> {
  return sdk.client.fetch<OcopSearchResult>("/store/ocop/search", {
    query,
    signal,
  })
}

/** GET /store/ocop/search?suggest=true: a few products for the text typed so far. */
export async function suggestOcopProducts(
  q: string,
  limit: number,
  signal?: AbortSignal
): Promise<OcopSearchResult> {
  return searchOcopProducts({ q, suggest: "true", limit }, signal)
}
