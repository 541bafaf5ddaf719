// The storefront keeps the pages it marks as shared (entry.server: anonymous
// visitors, `CDN-Cache-Control: max-age=…`) and answers the next identical request
// from memory: the shared cache of RFC 9213 a CDN would be, inside the server, so a
// shop without a CDN does not ask the backend and render the same page again for
// every visitor. Used by server.js.
//
// Only what the page itself says is shared is kept, for its `max-age` (15 s), never
// its stale-while-revalidate time: a price, stock level or certificate status is at
// most 15 s old for an anonymous visitor. The key is the URL and the whole Cookie
// header (the page says `Vary: Cookie`), so a visitor with a session, a cart or a
// sign-in, whose pages are never marked shared, never matches a kept page.

const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive"])

/** `max-age` of a `CDN-Cache-Control` value, or 0. */
export function sharedMaxAge(value) {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(String(value ?? ""))
  return match ? Number(match[1]) : 0
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number, now?: () => number }} [options]
 * maxEntries pages at most (least recently used go first), each at most maxBytes.
 */
export function sharedPageCache({ maxEntries = 500, maxBytes = 1024 * 1024, now = Date.now } = {}) {
  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, expires: number }>} */
  const pages = new Map()

  return function sharedPageCacheMiddleware(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD") return next()
    const key = `${req.protocol}\0${req.originalUrl}\0${req.headers.cookie ?? ""}`
    const kept = pages.get(key)
    if (kept && kept.expires > now()) {
      pages.delete(key)
      pages.set(key, kept)
      res.set(kept.headers)
      res.set("Age", String(Math.max(0, Math.round((now() - (kept.expires - kept.maxAge * 1000)) / 1000))))
      if (matchesEtag(req.headers["if-none-match"], kept.headers.etag)) return res.status(304).end()
      return res.status(kept.status).end(req.method === "HEAD" ? undefined : kept.body)
    }
    if (kept) pages.delete(key)
    if (req.method !== "GET") return next()

    // Pass the page through as it streams, and keep a copy of it.
    const chunks = []
    let size = 0
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    const keep = (chunk, encoding) => {
      if (chunk == null || size > maxBytes) return
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
      size += buffer.length
      chunks.push(buffer)
    }
    res.write = (chunk, encoding, callback) => {
      keep(chunk, encoding)
      return write(chunk, encoding, callback)
    }
    res.end = (chunk, encoding, callback) => {
      if (typeof chunk !== "function") keep(chunk, encoding)
      const maxAge = sharedMaxAge(res.getHeader("cdn-cache-control"))
      if (res.statusCode === 200 && maxAge > 0 && !res.hasHeader("set-cookie") && size <= maxBytes) {
        const headers = {}
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (!DROPPED_HEADERS.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value : String(value)
        }
        pages.set(key, { status: 200, headers, body: Buffer.concat(chunks), maxAge, expires: now() + maxAge * 1000 })
        while (pages.size > maxEntries) pages.delete(pages.keys().next().value)
      }
      return end(chunk, encoding, callback)
    }
    next()
  }
}

function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false
  const opaque = (tag) => tag.trim().replace(/^W\//, "")
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag))
}
