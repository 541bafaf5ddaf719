import { MomoClient } from "./momo/momo-client"
import { VnpayClient } from "./vnpay/vnpay-client"
import type { WalletClient } from "./wallet/wallet-client"
import {
  walletKeyOf,
  walletOptionsFromEnv,
  type WalletKey,
} from "./wallet/wallet-options"
import { ZaloPayClient } from "./zalopay/zalopay-client"

type Env = Record<string, string | undefined>

/** The configured VNPay client, or null: the IPN route answers 503 without it. */
export const vnpayClient = (env: Env = process.env) => {
  const o = walletOptionsFromEnv(env).vnpay
  return o ? new VnpayClient(o) : null
}

export const momoClient = (env: Env = process.env) => {
  const o = walletOptionsFromEnv(env).momo
  return o ? new MomoClient(o) : null
}

export const zaloPayClient = (env: Env = process.env) => {
  const o = walletOptionsFromEnv(env).zalopay
  return o ? new ZaloPayClient(o) : null
}

/** The client of a wallet provider (pp_vnpay_vnpay, …) as configured here, or null. */
export function walletClientOf(
  providerId: string,
  env: Env = process.env
): WalletClient | null {
  const key: WalletKey | null = walletKeyOf(providerId)
  const o = walletOptionsFromEnv(env)
  if (key === "vnpay" && o.vnpay) return new VnpayClient(o.vnpay)
  if (key === "momo" && o.momo) return new MomoClient(o.momo)
  if (key === "momo_atm" && o.momo_atm) return new MomoClient(o.momo_atm)
  if (key === "zalopay" && o.zalopay) return new ZaloPayClient(o.zalopay)
  return null
}
