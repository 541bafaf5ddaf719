/**
 * An address from stored data (a certificate scan, a producer's photo) that is safe
 * to put in `href` or `src`: https anywhere, http only on localhost (development),
 * or a path of the admin's own origin. Anything else (`javascript:`, `data:`,
 * protocol-relative, `/\host`…) is `undefined` and the caller renders no link.
 * Second line of defence behind the API's validators (issue 14, 1b).
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== "string") return undefined
  const trimmed = value.trim()
  if (!trimmed) return undefined
  // Control characters and backslashes are folded away by browsers' URL parsing.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(trimmed)) return undefined
  if (trimmed.startsWith("/")) {
    if (trimmed.startsWith("//")) return undefined
    const base = "http://admin-href-check.invalid"
    try {
      const url = new URL(trimmed, base)
      return url.origin === base ? url.pathname + url.search + url.hash : undefined
    } catch {
      return undefined
    }
  }
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (url.username || url.password) return undefined
  if (url.protocol === "https:") return url.href
  const localhost = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)
  if (url.protocol === "http:" && localhost) return url.href
  return undefined
}
