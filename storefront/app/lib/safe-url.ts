/**
 * The storefront's two URL gates. Every redirect target that comes from a request
 * (`redirectTo` of a sign-in, the language switch, payment returns) goes through
 * `safeRedirect`; every link or image address that comes from stored data (a
 * producer's website, photos, listing images, certificate scans) goes through
 * `safeHref`. Both parse with the WHATWG URL parser, the one browsers use, so a
 * string the browser would read as another origin (`/\evil`, `/%09/evil`,
 * `\\evil`) is caught the same way here.
 */

// Any origin that cannot be a real host: a relative target resolved against it
// stays on it, anything that names another origin does not.
const BASE = "http://redirect-check.invalid"
// Control characters and backslashes: browsers strip or fold them into `/`,
// so a target containing one, raw or percent-encoded, is refused outright.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i

/**
 * A path of our own origin (path, query and hash of `to`), or `fallback`.
 * Only strings that start with a single `/` qualify.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback
  if (SUSPICIOUS.test(to)) return fallback
  let url: URL
  try {
    url = new URL(to, BASE)
  } catch {
    return fallback
  }
  if (url.origin !== BASE) return fallback
  const path = url.pathname + url.search + url.hash
  // A path that itself starts with `//` would be read as a host by the next parser.
  return path.startsWith("//") ? fallback : path
}

/**
 * An address from stored data that is safe to put in `href` or `src`: https
 * anywhere, http only on localhost (development), or a path of our own origin.
 * Anything else (`javascript:`, `data:`, `vbscript:`, protocol-relative…) is
 * `undefined`, and the caller renders no link or image.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== "string") return undefined
  const trimmed = value.trim()
  if (!trimmed) return undefined
  if (trimmed.startsWith("/")) {
    const path = safeRedirect(trimmed, "")
    return path || undefined
  }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (url.username || url.password) return undefined
  if (url.protocol === "https:") return url.href
  if (url.protocol === "http:" && isLocalhost(url.hostname)) return url.href
  return undefined
}

function isLocalhost(hostname: string) {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]"
}
