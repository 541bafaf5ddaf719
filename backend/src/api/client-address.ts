import type { MedusaRequest } from "@medusajs/framework/http"
import { trustedProxyCount } from "../../config/trusted-proxies"

/**
 * The address a client connects from, for rate limits: the socket's peer, or,
 * behind OCOP_TRUSTED_PROXIES proxies, the address the outermost of them saw.
 * Each trusted proxy appends one entry to X-Forwarded-For, so that address is the
 * n-th from the right; anything further left was written by the client.
 */
export function clientAddress(req: Pick<MedusaRequest, "headers" | "socket">): string {
  const peer = req.socket?.remoteAddress ?? "unknown"
  const hops = trustedProxyCount(process.env)
  if (hops === 0) return peer
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!forwarded.length) return peer
  // Fewer entries than proxies: the request skipped one; the leftmost is the furthest hop known.
  return forwarded[Math.max(0, forwarded.length - hops)]
}
