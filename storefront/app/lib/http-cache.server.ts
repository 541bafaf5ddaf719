import { createHash } from "node:crypto"
import type { CacheHandle } from "./page-cache"

/**
 * How long a shared cache (CDN, reverse proxy) may keep an anonymous page: fresh for
 * `max-age`, then served stale while it refetches for `stale-while-revalidate`.
 * Together at most 60 s, because a price, a stock level or a certificate status
 * must never be shown more than a minute after it changed. It goes in
 * `CDN-Cache-Control` (RFC 9213), which browsers ignore: a browser revalidates every
 * page (`max-age=0, must-revalidate`) and gets a 304 while nothing changed, so a
 * producer who has just changed a price sees it on the next page, not a minute later.
 */
export const PUBLIC_MAX_AGE = 15
export const PUBLIC_STALE_WHILE_REVALIDATE = 45
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate"
export const SHARED_CACHE_CONTROL = `max-age=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE}`
export const PRIVATE_CACHE_CONTROL = "private, no-store"


// Cookies that change a page without making it personal: the language choice.
// Every other cookie (the shop session with its cart and sign-in, the consoles'
// sessions) makes the visitor someone whose page must not be shared.
const SHARED_COOKIES = new Set(["ocop_lang"])

/** Whether the request carries nothing personal: no session, no cart, no sign-in. */
export function isAnonymous(request: Request): boolean {
  const cookie = request.headers.get("cookie")
  if (!cookie) return true
  return cookie
    .split(";")
    .map((part) => part.split("=")[0].trim())
    .filter(Boolean)
    .every((name) => SHARED_COOKIES.has(name))
}

type PageCacheInput = {
  request: Request
  status: number
  /** Headers the page is about to be sent with (Set-Cookie among them). */
  headers: Headers
  /** The `handle` of every matched route, root first. */
  handles: unknown[]
  /** Every matched loader's data: what the HTML is rendered from. */
  loaderData: unknown
  /** The build's version: new code renders the same data differently. */
  version: string
}

export type PageCache =
  | { kind: "private"; headers: Record<string, string> }
  | { kind: "public"; headers: Record<string, string>; notModified: boolean }

/**
 * The caching of one HTML page. Public (with a weak ETag over the data the page is
 * rendered from, and 304 when the browser already holds it) only when the page's
 * leaf route says it is the same for everyone, the request is anonymous, the answer
 * is a 200 to a GET and sets no cookie; private and never stored otherwise.
 */
export function pageCache({ request, status, headers, handles, loaderData, version }: PageCacheInput): PageCache {
  const leaf = handles[handles.length - 1] as CacheHandle | undefined
  const shareable =
    (request.method === "GET" || request.method === "HEAD") &&
    status === 200 &&
    leaf?.cache === "public" &&
    isAnonymous(request) &&
    !headers.has("set-cookie")
  if (!shareable) return { kind: "private", headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } }
  const etag = pageEtag(request, loaderData, version)
  return {
    kind: "public",
    notModified: matchesEtag(request.headers.get("if-none-match"), etag),
    // Vary: the language cookie picks the page's language.
    headers: {
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      "CDN-Cache-Control": SHARED_CACHE_CONTROL,
      ETag: etag,
      Vary: "Cookie",
    },
  }
}

/** A weak validator: the same URL, data, language and build give the same tag. */
export function pageEtag(request: Request, loaderData: unknown, version: string): string {
  const url = new URL(request.url)
  const digest = createHash("sha1")
    .update(version)
    .update("\0")
    .update(url.pathname + url.search)
    .update("\0")
    .update(request.headers.get("cookie") ?? "")
    .update("\0")
    .update(JSON.stringify(loaderData) ?? "")
    .digest("base64url")
  return `W/"${digest}"`
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "")
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag))
}
