import { createHmac, randomUUID, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import {
  postJson,
  vietnamClock,
  type WalletCheckout,
  type WalletClient,
  type WalletPaymentRequest,
  type WalletPaymentState,
  type WalletRefundRequest,
} from "../wallet/wallet-client"
import type { VnpayOptions } from "../wallet/wallet-options"

/** VNPay's value encoding in signed query strings: form-style, spaces as "+". */
const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+")

/**
 * The string VNPay signs for the payment URL, the return URL and the IPN: every vnp_
 * field except the hash itself, with a value, sorted by name, encoded and joined
 * as a query string.
 */
export function vnpaySignData(params: Record<string, string>): string {
  return Object.keys(params)
    .filter(
      (k) =>
        k.startsWith("vnp_") &&
        k !== "vnp_SecureHash" &&
        k !== "vnp_SecureHashType" &&
        params[k] !== undefined &&
        params[k] !== ""
    )
    .sort()
    .map((k) => `${encode(k)}=${encode(String(params[k]))}`)
    .join("&")
}

export const hmacSha512 = (secret: string, data: string) =>
  createHmac("sha512", secret).update(Buffer.from(data, "utf-8")).digest("hex")

const sameHex = (a: string, b: string) => {
  const x = Buffer.from(a.toLowerCase())
  const y = Buffer.from(b.toLowerCase())
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A VNPay IPN (or return) after its signature check. */
export type VnpayNotification =
  | { valid: false }
  | {
      valid: true
      reference: string
      /** vnp_Amount is ×100 of the đồng amount; kept as sent so a fraction shows as a mismatch. */
      amount: number
      state: WalletPaymentState
    }

/** VNPay's merchant API (payment URL v2.1.0, IPN, querydr, refund), from its published integration guide. */
export class VnpayClient implements WalletClient {
  readonly name = "VNPay"

  constructor(private readonly options: VnpayOptions) {}

  async createPayment(request: WalletPaymentRequest): Promise<WalletCheckout> {
    const params: Record<string, string> = {
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: this.options.tmn_code,
      vnp_Amount: String(request.amount * 100),
      vnp_CurrCode: "VND",
      vnp_TxnRef: request.reference,
      vnp_OrderInfo: request.description,
      vnp_OrderType: "other",
      vnp_Locale: "vn",
      vnp_ReturnUrl: this.options.return_url,
      vnp_IpAddr: this.options.ip_address,
      vnp_CreateDate: vietnamClock(request.created_at).yyyyMMddHHmmss,
      vnp_ExpireDate: vietnamClock(request.expires_at).yyyyMMddHHmmss,
    }
    const signData = vnpaySignData(params)
    const hash = hmacSha512(this.options.hash_secret, signData)
    return {
      pay_url: `${this.options.payment_url}?${signData}&vnp_SecureHash=${hash}`,
      extra: { vnp_CreateDate: params.vnp_CreateDate },
    }
  }

  /** Checks an IPN's vnp_SecureHash and reads it; the caller answers VNPay with the RspCode. */
  verifyNotification(query: Record<string, unknown>): VnpayNotification {
    const params = Object.fromEntries(
      Object.entries(query).filter(([, v]) => typeof v === "string")
    ) as Record<string, string>
    const given = params.vnp_SecureHash ?? ""
    const expected = hmacSha512(this.options.hash_secret, vnpaySignData(params))
    if (!given || !sameHex(given, expected) || params.vnp_TmnCode !== this.options.tmn_code) {
      return { valid: false }
    }
    const paid =
      params.vnp_ResponseCode === "00" && params.vnp_TransactionStatus === "00"
    return {
      valid: true,
      reference: params.vnp_TxnRef ?? "",
      amount: Number(params.vnp_Amount) / 100,
      state: {
        state: paid ? "paid" : "failed",
        amount: Number(params.vnp_Amount) / 100,
        transaction_id: params.vnp_TransactionNo,
        code: params.vnp_ResponseCode,
      },
    }
  }

  private api(fields: [string, string][]) {
    const data = fields.map(([, v]) => v).join("|")
    return {
      ...Object.fromEntries(fields),
      vnp_SecureHash: hmacSha512(this.options.hash_secret, data),
    }
  }

  async queryPayment(
    reference: string,
    data: Record<string, unknown>
  ): Promise<WalletPaymentState> {
    const now = vietnamClock(new Date()).yyyyMMddHHmmss
    const extra = (data.extra ?? {}) as Record<string, string>
    // The hash covers these fields joined by "|", in this order.
    const body = this.api([
      ["vnp_RequestId", randomUUID().replace(/-/g, "")],
      ["vnp_Version", "2.1.0"],
      ["vnp_Command", "querydr"],
      ["vnp_TmnCode", this.options.tmn_code],
      ["vnp_TxnRef", reference],
      ["vnp_TransactionDate", extra.vnp_CreateDate ?? ""],
      ["vnp_CreateDate", now],
      ["vnp_IpAddr", this.options.ip_address],
      ["vnp_OrderInfo", `Tra cuu giao dich ${reference}`],
    ])
    const res = await postJson(this.name, this.options.api_url, body)
    if (res.vnp_ResponseCode !== "00") {
      // 91: VNPay has no such transaction: the shopper never paid.
      return {
        state: res.vnp_ResponseCode === "91" ? "failed" : "pending",
        code: res.vnp_ResponseCode,
        message: res.vnp_Message,
      }
    }
    const status = String(res.vnp_TransactionStatus ?? "")
    return {
      state: status === "00" ? "paid" : status === "01" ? "pending" : "failed",
      amount: Number(res.vnp_Amount) / 100,
      transaction_id: res.vnp_TransactionNo ? String(res.vnp_TransactionNo) : undefined,
      code: status,
      message: res.vnp_Message,
    }
  }

  async refundPayment(
    request: WalletRefundRequest
  ): Promise<Record<string, unknown>> {
    const extra = (request.data.extra ?? {}) as Record<string, string>
    const requestId = randomUUID().replace(/-/g, "")
    const body = this.api([
      ["vnp_RequestId", requestId],
      ["vnp_Version", "2.1.0"],
      ["vnp_Command", "refund"],
      ["vnp_TmnCode", this.options.tmn_code],
      // 02: the whole payment, 03: part of it.
      ["vnp_TransactionType", request.amount >= request.paid ? "02" : "03"],
      ["vnp_TxnRef", request.reference],
      ["vnp_Amount", String(request.amount * 100)],
      ["vnp_TransactionNo", request.transaction_id],
      ["vnp_TransactionDate", extra.vnp_CreateDate ?? ""],
      ["vnp_CreateBy", "ocop-market-admin"],
      ["vnp_CreateDate", vietnamClock(new Date()).yyyyMMddHHmmss],
      ["vnp_IpAddr", this.options.ip_address],
      ["vnp_OrderInfo", request.reason],
    ])
    const res = await postJson(this.name, this.options.api_url, body)
    if (res.vnp_ResponseCode !== "00") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VNPay refused the refund (${res.vnp_ResponseCode}: ${res.vnp_Message ?? "no message"})`
      )
    }
    return {
      request_id: requestId,
      wallet_code: res.vnp_ResponseCode,
      wallet_transaction_no: res.vnp_TransactionNo ?? null,
    }
  }
}
