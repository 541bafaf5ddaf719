/**
 * The shop's public address, as configured (STOREFRONT_URL), for every absolute URL
 * the shop hands to others: og:url, og:image, share links, the traceability QR code.
 * Never the request's Host header: a request can name any host, and a page cached or
 * shared with a forged host would send shoppers elsewhere.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  return new URL(env.STOREFRONT_URL || "http://localhost:3000").origin
}

/** An absolute URL of one of the shop's own paths. */
export function publicUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return new URL(path, publicOrigin(env)).href
}
