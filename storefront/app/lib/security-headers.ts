import { randomBytes } from "node:crypto"

/** A fresh nonce for each HTML response: Remix's inline hydration scripts carry it. */
export function createNonce(): string {
  return randomBytes(16).toString("base64")
}

type PolicyOptions = {
  nonce: string
  /** The Medusa backend: product pictures and uploads are served from its /static. */
  backendUrl: string
  /** Stripe.js and its frames, only when card payments are on. */
  stripe: boolean
  /** Vite's dev server talks to the page over a websocket. */
  development: boolean
}

/**
 * The storefront's Content-Security-Policy. Scripts run only with the response's
 * nonce (Remix's inline scripts) or when loaded by one of them ('strict-dynamic':
 * route modules, Stripe.js), so markup injected from stored data cannot run.
 * Styles allow inline attributes: the pages use `style={…}`, and a style cannot run code.
 */
export function contentSecurityPolicy({ nonce, backendUrl, stripe, development }: PolicyOptions): string {
  const backend = originOf(backendUrl)
  const stripeScripts = stripe ? ["https://js.stripe.com"] : []
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...stripeScripts],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "img-src": ["'self'", "data:", ...(backend ? [backend] : [])],
    "font-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "connect-src": ["'self'", ...(stripe ? ["https://api.stripe.com"] : []), ...(development ? ["ws:", "wss:"] : [])],
    // The staff console's service worker, a script of our own (public/sales-point-sw.js).
    "worker-src": ["'self'"],
    "frame-src": stripe ? ["https://js.stripe.com", "https://hooks.stripe.com"] : ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** Whether the browser reached us over https (directly, or through a proxy that says so). */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}

/** Headers every storefront response carries. */
export function applySecurityHeaders(headers: Headers, request: Request) {
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("X-Frame-Options", "DENY")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.set("Cross-Origin-Opener-Policy", "same-origin")
  // The staff console reads barcodes with the phone's camera (decision 404); no other page may open it.
  const camera = new URL(request.url).pathname.startsWith("/sales-point/") ? "camera=(self)" : "camera=()"
  headers.set("Permissions-Policy", `${camera}, microphone=(), geolocation=(), payment=(self)`)
  // Browsers ignore HSTS over plain http; sending it there only misleads (issue 14, 3).
  if (isHttps(request)) {
    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  } else {
    headers.delete("Strict-Transport-Security")
  }
}
