// Refuses a form post from another site before any Remix action runs: one place
// for every action of the storefront (issue 14, 11b). Used by server.js in
// production and by the Vite dev server (vite.config.ts) in development.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Whether a request may reach an action. `Origin` decides when the browser sends
 * it (every browser does on POST); without it, `Sec-Fetch-Site`; without either,
 * the caller is no browser (curl, a health check) and cannot carry a victim's cookies.
 *
 * @param {{ method: string, host: string | undefined, origin: string | undefined, secFetchSite: string | undefined }} request
 * @returns {boolean}
 */
export function isSameOriginRequest({ method, host, origin, secFetchSite }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return true
  if (origin !== undefined) {
    if (origin === "null" || !host) return false
    try {
      return new URL(origin).host === host.toLowerCase()
    } catch {
      return false
    }
  }
  if (secFetchSite !== undefined) return secFetchSite === "same-origin" || secFetchSite === "none"
  return true
}

const refusal = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>403 · OCOP Market</title></head>
<body><h1>Yêu cầu bị từ chối</h1>
<p>Biểu mẫu này được gửi từ một trang web khác, nên cửa hàng không xử lý nó. Hãy quay lại <a href="/">OCOP Market</a> và thử lại.</p>
<p lang="en">This form was sent from another site, so the shop refused it.</p>
</body></html>`

/**
 * Connect/Express middleware: a cross-origin POST (PUT, PATCH, DELETE) gets 403.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {(error?: unknown) => void} next
 */
export function crossOriginGuard(req, res, next) {
  const header = (name) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  const allowed = isSameOriginRequest({
    method: req.method ?? "GET",
    // Behind a proxy the browser's host is the forwarded one.
    host: header("x-forwarded-host") ?? header("host"),
    origin: header("origin"),
    secFetchSite: header("sec-fetch-site"),
  })
  if (allowed) return next()
  res.statusCode = 403
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Cache-Control", "no-store")
  res.end(refusal)
}
