/**
 * How many reverse proxies in front of the backend append the address they saw to
 * X-Forwarded-For (OCOP_TRUSTED_PROXIES, default 0: clients connect directly).
 * Medusa sets express's `trust proxy` to 1 whatever the deployment, so `req.ip`
 * is whatever a direct client writes in that header; the shop's own limits read
 * this setting instead (backend/src/api/client-address.ts).
 */
export function trustedProxyCount(env: Record<string, string | undefined>): number {
  const raw = (env.OCOP_TRUSTED_PROXIES ?? "").trim()
  if (raw === "") return 0
  const count = Number(raw)
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(
      `OCOP_TRUSTED_PROXIES must be the number of proxies in front of the backend (0 or more), not "${raw}"`
    )
  }
  return count
}
