/**
 * Which wallets the shop takes, from environment variables only: a wallet is on when
 * its merchant credentials are set, and off (the shop unchanged) otherwise. Medusa's
 * config registers the providers from this, and the IPN routes and the expiry job
 * build their clients from the same answer, so the three never disagree.
 * docs/wallets.md lists the variables.
 */
export type WalletCommonOptions = {
  /** Where the wallet sends the shopper back: the storefront's return page. */
  return_url: string
  /** The backend's public origin: wallets call our IPN routes there. */
  notify_base_url: string
  /** Minutes a shopper has to pay before the wallet refuses and the order is released. */
  expiry_minutes: number
}

export type VnpayOptions = WalletCommonOptions & {
  tmn_code: string
  hash_secret: string
  payment_url: string
  api_url: string
  /** vnp_IpAddr: VNPay asks for the payer's IP; the backend does not see it, so the shop's. */
  ip_address: string
}

export type MomoOptions = WalletCommonOptions & {
  partner_code: string
  access_key: string
  secret_key: string
  api_url: string
  /** captureWallet (the MoMo app or its QR) or payWithATM (a domestic card through MoMo's gateway). */
  request_type: "captureWallet" | "payWithATM"
}

export type ZaloPayOptions = WalletCommonOptions & {
  app_id: string
  key1: string
  key2: string
  api_url: string
}

export type WalletOptions = {
  vnpay?: VnpayOptions
  momo?: MomoOptions
  momo_atm?: MomoOptions
  zalopay?: ZaloPayOptions
}

type Env = Record<string, string | undefined>

const trimSlash = (url: string) => url.replace(/\/+$/, "")

/** The wallets configured in this environment, with their options. */
export function walletOptionsFromEnv(env: Env): WalletOptions {
  const storefront = trimSlash(env.STOREFRONT_URL || "http://localhost:3000")
  const common: WalletCommonOptions = {
    return_url: `${storefront}/checkout/wallet-return`,
    notify_base_url: trimSlash(
      env.WALLET_NOTIFY_BASE_URL ||
        env.MEDUSA_BACKEND_URL ||
        "http://localhost:9000"
    ),
    expiry_minutes: Math.max(
      5,
      Math.min(120, Number(env.WALLET_EXPIRY_MINUTES) || 15)
    ),
  }
  const options: WalletOptions = {}
  if (env.VNPAY_TMN_CODE && env.VNPAY_HASH_SECRET) {
    options.vnpay = {
      ...common,
      tmn_code: env.VNPAY_TMN_CODE,
      hash_secret: env.VNPAY_HASH_SECRET,
      payment_url:
        env.VNPAY_PAYMENT_URL ||
        "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
      api_url:
        env.VNPAY_API_URL ||
        "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
      ip_address: env.VNPAY_IP_ADDRESS || "127.0.0.1",
    }
  }
  if (env.MOMO_PARTNER_CODE && env.MOMO_ACCESS_KEY && env.MOMO_SECRET_KEY) {
    const momo = {
      ...common,
      partner_code: env.MOMO_PARTNER_CODE,
      access_key: env.MOMO_ACCESS_KEY,
      secret_key: env.MOMO_SECRET_KEY,
      api_url: trimSlash(env.MOMO_API_URL || "https://test-payment.momo.vn"),
    }
    options.momo = { ...momo, request_type: "captureWallet" }
    // Domestic ATM cards go through MoMo's gateway with the same merchant keys.
    if (env.MOMO_ATM !== "off") options.momo_atm = { ...momo, request_type: "payWithATM" }
  }
  if (env.ZALOPAY_APP_ID && env.ZALOPAY_KEY1 && env.ZALOPAY_KEY2) {
    options.zalopay = {
      ...common,
      app_id: env.ZALOPAY_APP_ID,
      key1: env.ZALOPAY_KEY1,
      key2: env.ZALOPAY_KEY2,
      api_url: trimSlash(env.ZALOPAY_API_URL || "https://sb-openapi.zalopay.vn"),
    }
  }
  return options
}

const PLUGIN = "@ocop-market/medusa-plugin-ocop/providers"

/** The payment module's provider entries for medusa-config: one per configured wallet. */
export function walletPaymentProviders(env: Env) {
  const o = walletOptionsFromEnv(env)
  return [
    ...(o.vnpay ? [{ resolve: `${PLUGIN}/vnpay`, id: "vnpay", options: o.vnpay }] : []),
    ...(o.momo ? [{ resolve: `${PLUGIN}/momo`, id: "momo", options: o.momo }] : []),
    ...(o.momo_atm ? [{ resolve: `${PLUGIN}/momo`, id: "atm", options: o.momo_atm }] : []),
    ...(o.zalopay ? [{ resolve: `${PLUGIN}/zalopay`, id: "zalopay", options: o.zalopay }] : []),
  ]
}

/** Provider ids as Medusa names them (pp_<identifier>_<id>), in the order the checkout offers them. */
export const WALLET_PROVIDER_IDS = {
  vnpay: "pp_vnpay_vnpay",
  momo: "pp_momo_momo",
  momo_atm: "pp_momo_atm",
  zalopay: "pp_zalopay_zalopay",
} as const

export type WalletKey = keyof typeof WALLET_PROVIDER_IDS

export const walletKeyOf = (providerId: string): WalletKey | null =>
  (Object.entries(WALLET_PROVIDER_IDS).find(([, id]) => id === providerId)?.[0] as WalletKey) ?? null
