// What the e2e shop is told about its carriers: GHN and GHTK are registered (their
// tokens set) and both call the recording stand-in on `port`, at the paths their
// APIs use (GHN under /shiip/public-api, GHTK under /services), so one server
// stands in for both. The secrets are the test's own, never a carrier's.
export const E2E_CARRIERS = {
  ghn: { token: "ghn-e2e-token", shopId: "885123", webhookToken: "ghn-e2e-hook" },
  ghtk: { token: "ghtk-e2e-token", clientSource: "S1234567", webhookToken: "ghtk-e2e-hook" },
  /** The pick-up phone when the warehouse has none (the seed's has none). */
  senderPhone: "02963800000",
}
export const GHN_API_PATH = "/shiip/public-api"

export function carrierEnv(port: number): Record<string, string> {
  const base = `http://127.0.0.1:${port}`
  return {
    GHN_TOKEN: E2E_CARRIERS.ghn.token,
    GHN_SHOP_ID: E2E_CARRIERS.ghn.shopId,
    GHN_API_URL: `${base}${GHN_API_PATH}`,
    GHN_WEBHOOK_TOKEN: E2E_CARRIERS.ghn.webhookToken,
    GHTK_TOKEN: E2E_CARRIERS.ghtk.token,
    GHTK_CLIENT_SOURCE: E2E_CARRIERS.ghtk.clientSource,
    GHTK_API_URL: base,
    GHTK_WEBHOOK_TOKEN: E2E_CARRIERS.ghtk.webhookToken,
    CARRIER_SENDER_NAME: "OCOP Market",
    CARRIER_SENDER_PHONE: E2E_CARRIERS.senderPhone,
  }
}
