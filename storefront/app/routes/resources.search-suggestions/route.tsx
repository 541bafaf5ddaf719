import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { SUGGESTION_MIN_LENGTH } from "~/lib/search-suggestions"
import { suggestOcopProducts } from "~/lib/data/ocop-search.server"
import { safeHref } from "~/lib/safe-url"
import { getLocale } from "~/lib/session.server"

const SUGGESTION_LIMIT = 6

export type SearchSuggestion = {
  id: string
  handle: string
  title: string
  /** Already through safeHref here, so the header (on every shop page) need not ship it. */
  thumbnail: string | null
  price_vnd: number | null
  stars: number
  is_ocop: boolean
  place: string | null
}

export type SearchSuggestionsData = {
  q: string
  suggestions: SearchSuggestion[]
  error: boolean
}

/** GET ?q=banh → a few products for the header's search box, as the shopper types. */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "")
    .trim()
    .slice(0, 100)
  if (q.length < SUGGESTION_MIN_LENGTH)
    return json<SearchSuggestionsData>({ q, suggestions: [], error: false })
  try {
    // The browser aborts a stale request when the shopper types on; the signal drops the backend call too.
    const result = await suggestOcopProducts(
      q,
      SUGGESTION_LIMIT,
      await getLocale(request),
      request.signal
    )
    const suggestions = result.products.map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      thumbnail: safeHref(p.thumbnail) ?? null,
      price_vnd: p.price_vnd,
      stars: p.stars,
      is_ocop: p.is_ocop,
      place:
        [p.origin.commune_name, p.origin.province_name]
          .filter(Boolean)
          .join(", ") || null,
    }))
    return json<SearchSuggestionsData>(
      { q, suggestions, error: false },
      { headers: { "cache-control": "private, max-age=60" } }
    )
  } catch (error) {
    if (request.signal.aborted) throw error
    // Suggestions are a convenience: the box says they are unavailable and Enter still searches.
    return json<SearchSuggestionsData>(
      { q, suggestions: [], error: true },
      { status: 502 }
    )
  }
}
