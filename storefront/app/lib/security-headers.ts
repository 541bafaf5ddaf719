/**
 * Headers every storefront response carries. No Content-Security-Policy yet:
 * Remix inlines its hydration scripts, so a policy needs per-request nonces —
 * left for when the storefront gets one (README, "Production").
 */
export function applySecurityHeaders(headers: Headers, production: boolean) {
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("X-Frame-Options", "DENY")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.set("Cross-Origin-Opener-Policy", "same-origin")
  headers.set(
    "Permissions-Policy",
    "camera=(), microphone=(), geolocation=(), payment=(self)"
  )
  // HSTS only where the site is served over https, i.e. in production.
  if (production) {
    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  }
}
