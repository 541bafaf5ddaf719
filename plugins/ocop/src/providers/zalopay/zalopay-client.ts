import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import {
  postForm,
  vietnamClock,
  type WalletCheckout,
  type WalletClient,
  type WalletPaymentRequest,
  type WalletPaymentState,
  type WalletRefundRequest,
} from "../wallet/wallet-client"
import type { ZaloPayOptions } from "../wallet/wallet-options"

const hmac = (key: string, data: string) =>
  createHmac("sha256", key).update(data, "utf8").digest("hex")

/** ZaloPay's app_trans_id: the Vietnam date (yymmdd), "_", then our reference. */
export const zaloPayTransId = (reference: string, at: Date) =>
  `${vietnamClock(at).yyMMdd}_${reference}`

/** Our reference back from an app_trans_id. */
export const referenceOfTransId = (appTransId: string) =>
  appTransId.replace(/^\d{6}_/, "")

/** A ZaloPay callback after its mac check. */
export type ZaloPayNotification =
  | { valid: false }
  | { valid: true; reference: string; amount: number; state: WalletPaymentState }

/** ZaloPay's v2 merchant API (create, callback, query, refund), from its published docs. */
export class ZaloPayClient implements WalletClient {
  readonly name = "ZaloPay"

  constructor(private readonly options: ZaloPayOptions) {}

  async createPayment(request: WalletPaymentRequest): Promise<WalletCheckout> {
    const appTransId = zaloPayTransId(request.reference, request.created_at)
    const form: Record<string, string> = {
      app_id: this.options.app_id,
      app_user: "ocop-market",
      app_trans_id: appTransId,
      app_time: String(request.created_at.getTime()),
      expire_duration_seconds: String(
        Math.round((request.expires_at.getTime() - request.created_at.getTime()) / 1000)
      ),
      amount: String(request.amount),
      item: "[]",
      description: request.description,
      embed_data: JSON.stringify({ redirecturl: this.options.return_url }),
      bank_code: "",
      callback_url: `${this.options.notify_base_url}/hooks/wallets/zalopay/callback`,
    }
    // mac = HMAC-SHA256(key1, app_id|app_trans_id|app_user|amount|app_time|embed_data|item)
    form.mac = hmac(
      this.options.key1,
      [form.app_id, form.app_trans_id, form.app_user, form.amount, form.app_time, form.embed_data, form.item].join("|")
    )
    const res = await postForm(this.name, `${this.options.api_url}/v2/create`, form)
    if (Number(res.return_code) !== 1 || !res.order_url) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `ZaloPay refused the payment (${res.return_code}/${res.sub_return_code}: ${res.return_message ?? "no message"})`
      )
    }
    return {
      pay_url: String(res.order_url),
      extra: { app_trans_id: appTransId, zp_trans_token: res.zp_trans_token ?? null },
    }
  }

  /** Checks a callback's mac (HMAC-SHA256 of its data string with key2) and reads it. */
  verifyCallback(body: { data?: unknown; mac?: unknown }): ZaloPayNotification {
    const data = typeof body.data === "string" ? body.data : ""
    const given = Buffer.from(String(body.mac ?? "").toLowerCase())
    const want = Buffer.from(hmac(this.options.key2, data))
    if (!data || given.length !== want.length || !timingSafeEqual(given, want)) {
      return { valid: false }
    }
    let parsed: Record<string, any>
    try {
      parsed = JSON.parse(data)
    } catch {
      return { valid: false }
    }
    if (String(parsed.app_id) !== this.options.app_id) return { valid: false }
    // ZaloPay calls back only for a successful payment.
    return {
      valid: true,
      reference: referenceOfTransId(String(parsed.app_trans_id ?? "")),
      amount: Number(parsed.amount),
      state: {
        state: "paid",
        amount: Number(parsed.amount),
        transaction_id: parsed.zp_trans_id ? String(parsed.zp_trans_id) : undefined,
      },
    }
  }

  async queryPayment(
    reference: string,
    data: Record<string, unknown>
  ): Promise<WalletPaymentState> {
    const appTransId = String(
      (data.extra as Record<string, unknown> | undefined)?.app_trans_id ?? ""
    )
    const res = await postForm(this.name, `${this.options.api_url}/v2/query`, {
      app_id: this.options.app_id,
      app_trans_id: appTransId,
      // mac = HMAC-SHA256(key1, app_id|app_trans_id|key1)
      mac: hmac(this.options.key1, [this.options.app_id, appTransId, this.options.key1].join("|")),
    })
    const code = Number(res.return_code)
    return {
      state: code === 1 ? "paid" : code === 2 ? "failed" : "pending",
      amount: res.amount === undefined ? undefined : Number(res.amount),
      transaction_id: res.zp_trans_id ? String(res.zp_trans_id) : undefined,
      code: String(code),
      message: res.return_message,
    }
  }

  async refundPayment(request: WalletRefundRequest): Promise<Record<string, unknown>> {
    const now = new Date()
    const mRefundId = `${vietnamClock(now).yyMMdd}_${this.options.app_id}_${now.getTime()}${randomInt(100, 999)}`
    const form: Record<string, string> = {
      m_refund_id: mRefundId,
      app_id: this.options.app_id,
      zp_trans_id: request.transaction_id,
      amount: String(request.amount),
      timestamp: String(now.getTime()),
      description: request.reason,
    }
    // mac = HMAC-SHA256(key1, app_id|zp_trans_id|amount|description|timestamp)
    form.mac = hmac(
      this.options.key1,
      [form.app_id, form.zp_trans_id, form.amount, form.description, form.timestamp].join("|")
    )
    const res = await postForm(this.name, `${this.options.api_url}/v2/refund`, form)
    // 1: refunded; 3: ZaloPay is processing it (it settles on its side).
    if (![1, 3].includes(Number(res.return_code))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `ZaloPay refused the refund (${res.return_code}/${res.sub_return_code}: ${res.return_message ?? "no message"})`
      )
    }
    return { m_refund_id: mRefundId, refund_id: res.refund_id ?? null, wallet_code: Number(res.return_code) }
  }
}
