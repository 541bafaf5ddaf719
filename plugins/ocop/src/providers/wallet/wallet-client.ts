import { MedusaError } from "@medusajs/framework/utils"

/** What a wallet gives back for a new payment: where to send the shopper, and what to keep. */
export type WalletCheckout = {
  pay_url: string
  /** Anything the wallet needs later (its token, request ids), kept on the payment. */
  extra?: Record<string, unknown>
}

/** A wallet's verdict on a payment, from its IPN, callback or query API. */
export type WalletPaymentState = {
  state: "paid" | "failed" | "pending"
  /** Whole đồng the wallet reports, when it reports one. */
  amount?: number
  /** The wallet's own transaction id: refunds need it. */
  transaction_id?: string
  code?: string
  message?: string
}

export type WalletPaymentRequest = {
  reference: string
  /** Whole đồng. */
  amount: number
  description: string
  created_at: Date
  expires_at: Date
}

export type WalletRefundRequest = {
  reference: string
  /** Whole đồng to give back; the whole payment or part of it. */
  amount: number
  /** Whole đồng the shopper paid. */
  paid: number
  transaction_id: string
  /** The data kept on the payment (create date, extra). */
  data: Record<string, unknown>
  reason: string
}

/** One wallet's merchant API, as the provider, the IPN routes and the expiry job use it. */
export interface WalletClient {
  /** The wallet's name as shoppers know it: shown on the checkout and in Admin. */
  readonly name: string
  createPayment(request: WalletPaymentRequest): Promise<WalletCheckout>
  queryPayment(
    reference: string,
    data: Record<string, unknown>
  ): Promise<WalletPaymentState>
  /** Returns the wallet's refund record; throws when the wallet refuses. */
  refundPayment(request: WalletRefundRequest): Promise<Record<string, unknown>>
}

/** POSTs a form to a wallet (ZaloPay's v2 API takes forms) and reads JSON back. */
export function postForm(
  wallet: string,
  url: string,
  form: Record<string, string>,
  timeoutMs = 15_000
) {
  return send(wallet, url, "application/x-www-form-urlencoded", new URLSearchParams(form).toString(), timeoutMs)
}

/** POSTs JSON to a wallet and reads JSON back; a timeout or a non-JSON answer is an error naming the wallet. */
export async function postJson(
  wallet: string,
  url: string,
  body: Record<string, unknown>,
  timeoutMs = 15_000
): Promise<Record<string, any>> {
  return send(wallet, url, "application/json; charset=UTF-8", JSON.stringify(body), timeoutMs)
}

async function send(
  wallet: string,
  url: string,
  contentType: string,
  body: string,
  timeoutMs: number
): Promise<Record<string, any>> {
  let res: Response
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (e) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${wallet} did not answer (${(e as Error).name === "TimeoutError" ? "timeout" : (e as Error).message})`
    )
  }
  const text = await res.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${wallet} answered HTTP ${res.status} without JSON`
    )
  }
}

/** A time as Vietnam's clock shows it (GMT+7, no daylight saving): what wallets print and sign. */
export function vietnamClock(at: Date) {
  const d = new Date(at.getTime() + 7 * 3600_000)
  const p = (n: number, w = 2) => String(n).padStart(w, "0")
  return {
    yyyyMMddHHmmss: `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`,
    yyMMdd: `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`,
  }
}

/**
 * Our reference for one attempt to pay: letters and digits (every wallet accepts them
 * in its order id), from the payment session and the moment, so a retried checkout
 * gets a new one (wallets refuse an order id twice).
 */
export function walletReference(sessionId: string, at: Date): string {
  const tail = sessionId.replace(/[^A-Za-z0-9]/g, "").slice(-10).toUpperCase()
  return `OCOP${tail}${at.getTime().toString(36).toUpperCase()}`
}
