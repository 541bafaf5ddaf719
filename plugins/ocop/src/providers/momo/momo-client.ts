import { createHmac, randomUUID, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import {
  postJson,
  type WalletCheckout,
  type WalletClient,
  type WalletPaymentRequest,
  type WalletPaymentState,
  type WalletRefundRequest,
} from "../wallet/wallet-client"
import type { MomoOptions } from "../wallet/wallet-options"

export const hmacSha256 = (secret: string, data: string) =>
  createHmac("sha256", secret).update(data, "utf8").digest("hex")

/**
 * MoMo's raw signature: the named fields as key=value joined by "&", in the order
 * MoMo's documentation gives for each API (alphabetical), values unencoded.
 */
export const momoRawSignature = (fields: [string, string | number][]) =>
  fields.map(([k, v]) => `${k}=${v}`).join("&")

/** A MoMo IPN after its signature check. */
export type MomoNotification =
  | { valid: false }
  | { valid: true; reference: string; amount: number; state: WalletPaymentState }

// resultCode 0 is paid; these mean the shopper may still pay.
const MOMO_PENDING = new Set([1000, 7000, 7002, 8000, 9000])

/** MoMo's payment gateway v2 (create, IPN, query, refund), from its published developer docs. */
export class MomoClient implements WalletClient {
  readonly name: string

  constructor(private readonly options: MomoOptions) {
    this.name = options.request_type === "payWithATM" ? "Thẻ ATM (MoMo)" : "MoMo"
  }

  private sign(fields: [string, string | number][]) {
    return hmacSha256(this.options.secret_key, momoRawSignature(fields))
  }

  async createPayment(request: WalletPaymentRequest): Promise<WalletCheckout> {
    const requestId = randomUUID()
    const ipnUrl = `${this.options.notify_base_url}/hooks/wallets/momo/ipn`
    const body = {
      partnerCode: this.options.partner_code,
      requestId,
      amount: request.amount,
      orderId: request.reference,
      orderInfo: request.description,
      redirectUrl: this.options.return_url,
      ipnUrl,
      requestType: this.options.request_type,
      extraData: "",
      lang: "vi",
      orderExpireTime: Math.round(
        (request.expires_at.getTime() - request.created_at.getTime()) / 60_000
      ),
      signature: this.sign([
        ["accessKey", this.options.access_key],
        ["amount", request.amount],
        ["extraData", ""],
        ["ipnUrl", ipnUrl],
        ["orderId", request.reference],
        ["orderInfo", request.description],
        ["partnerCode", this.options.partner_code],
        ["redirectUrl", this.options.return_url],
        ["requestId", requestId],
        ["requestType", this.options.request_type],
      ]),
    }
    const res = await postJson(this.name, `${this.options.api_url}/v2/gateway/api/create`, body)
    if (res.resultCode !== 0 || !res.payUrl) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `MoMo refused the payment (${res.resultCode}: ${res.message ?? "no message"})`
      )
    }
    return { pay_url: String(res.payUrl), extra: { request_id: requestId } }
  }

  /** Checks an IPN's signature (HMAC-SHA256 over MoMo's raw string) and reads it. */
  verifyNotification(body: Record<string, any>): MomoNotification {
    const v = (k: string) => (body[k] === undefined || body[k] === null ? "" : String(body[k]))
    const expected = this.sign([
      ["accessKey", this.options.access_key],
      ["amount", v("amount")],
      ["extraData", v("extraData")],
      ["message", v("message")],
      ["orderId", v("orderId")],
      ["orderInfo", v("orderInfo")],
      ["orderType", v("orderType")],
      ["partnerCode", v("partnerCode")],
      ["payType", v("payType")],
      ["requestId", v("requestId")],
      ["responseTime", v("responseTime")],
      ["resultCode", v("resultCode")],
      ["transId", v("transId")],
    ])
    const given = Buffer.from(v("signature").toLowerCase())
    const want = Buffer.from(expected)
    if (given.length !== want.length || !timingSafeEqual(given, want) || v("partnerCode") !== this.options.partner_code) {
      return { valid: false }
    }
    const code = Number(body.resultCode)
    return {
      valid: true,
      reference: v("orderId"),
      amount: Number(body.amount),
      state: {
        state: code === 0 ? "paid" : MOMO_PENDING.has(code) ? "pending" : "failed",
        amount: Number(body.amount),
        transaction_id: v("transId") || undefined,
        code: String(code),
        message: v("message"),
      },
    }
  }

  async queryPayment(reference: string): Promise<WalletPaymentState> {
    const requestId = randomUUID()
    const res = await postJson(this.name, `${this.options.api_url}/v2/gateway/api/query`, {
      partnerCode: this.options.partner_code,
      requestId,
      orderId: reference,
      lang: "vi",
      signature: this.sign([
        ["accessKey", this.options.access_key],
        ["orderId", reference],
        ["partnerCode", this.options.partner_code],
        ["requestId", requestId],
      ]),
    })
    const code = Number(res.resultCode)
    return {
      state: code === 0 ? "paid" : MOMO_PENDING.has(code) ? "pending" : "failed",
      amount: res.amount === undefined ? undefined : Number(res.amount),
      transaction_id: res.transId ? String(res.transId) : undefined,
      code: String(code),
      message: res.message,
    }
  }

  async refundPayment(request: WalletRefundRequest): Promise<Record<string, unknown>> {
    const requestId = randomUUID()
    // A refund is an order of its own at MoMo: a new order id, naming the paid transId.
    const orderId = `${request.reference}R${Date.now().toString(36).toUpperCase()}`
    const res = await postJson(this.name, `${this.options.api_url}/v2/gateway/api/refund`, {
      partnerCode: this.options.partner_code,
      orderId,
      requestId,
      amount: request.amount,
      transId: Number(request.transaction_id),
      lang: "vi",
      description: request.reason,
      signature: this.sign([
        ["accessKey", this.options.access_key],
        ["amount", request.amount],
        ["description", request.reason],
        ["orderId", orderId],
        ["partnerCode", this.options.partner_code],
        ["requestId", requestId],
        ["transId", request.transaction_id],
      ]),
    })
    if (res.resultCode !== 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `MoMo refused the refund (${res.resultCode}: ${res.message ?? "no message"})`
      )
    }
    return { refund_order_id: orderId, wallet_transaction_id: res.transId ?? null }
  }
}
