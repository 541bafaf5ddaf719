/**
 * The Vietnamese carriers as fulfillment providers, each only when its credentials
 * are set (docs/carriers.md). The ids make Medusa's provider ids `ghn_ghn` and
 * `ghtk_ghtk`.
 */
export function carrierProviders(env: NodeJS.ProcessEnv) {
  const timeout_ms = Number(env.CARRIER_TIMEOUT_MS) || 4000
  const providers: {
    resolve: string
    id: string
    options: Record<string, unknown>
  }[] = []
  if (env.GHN_TOKEN && env.GHN_SHOP_ID)
    providers.push({
      resolve: "@ocop-market/medusa-plugin-ocop/providers/ghn",
      id: "ghn",
      options: {
        token: env.GHN_TOKEN,
        shop_id: env.GHN_SHOP_ID,
        base_url: env.GHN_API_URL || undefined,
        timeout_ms,
        sender_name: env.CARRIER_SENDER_NAME || undefined,
        sender_phone: env.CARRIER_SENDER_PHONE || undefined,
      },
    })
  if (env.GHTK_TOKEN)
    providers.push({
      resolve: "@ocop-market/medusa-plugin-ocop/providers/ghtk",
      id: "ghtk",
      options: {
        token: env.GHTK_TOKEN,
        client_source: env.GHTK_CLIENT_SOURCE || undefined,
        base_url: env.GHTK_API_URL || undefined,
        timeout_ms,
        sender_name: env.CARRIER_SENDER_NAME || undefined,
        sender_phone: env.CARRIER_SENDER_PHONE || undefined,
      },
    })
  return providers
}
