// A stand-in for VNPay's payment page: the shop's e2e stack is started with VNPay's
// keys below and its pay URL pointing here (global-setup.ts), and the wallet test
// starts this server on that port. It checks the shop's signature as VNPay would, shows
// a page with the amount and a "pay" link, and that link sends the browser back to the
// shop's return URL with a signed result, as VNPay does. The signatures are computed
// here from VNPay's published algorithm (HMAC-SHA512 over the sorted, form-encoded
// vnp_ fields), not with the shop's code.
import { createHmac } from "node:crypto"
import http from "node:http"

/** The merchant the e2e shop is configured as (not real VNPay credentials). */
export const E2E_VNPAY = {
  tmnCode: "OCOPE2E1",
  hashSecret: "ocop-e2e-vnpay-hash-secret-stand-in",
}

/** The backend's environment for VNPay at the stand-in on `port`. */
export function vnpayStandInEnv(port: number): Record<string, string> {
  const base = `http://localhost:${port}`
  return {
    VNPAY_TMN_CODE: E2E_VNPAY.tmnCode,
    VNPAY_HASH_SECRET: E2E_VNPAY.hashSecret,
    VNPAY_PAYMENT_URL: `${base}/paymentv2/vpcpay.html`,
    VNPAY_API_URL: `${base}/merchant_webapi/api/transaction`,
  }
}

/** VNPay's value encoding in signed query strings: form-style, a space as "+". */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+")

/** The signed part of a VNPay query: the vnp_ fields with a value, except the hash, sorted and form-encoded. */
export function vnpaySortedQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType" && params[k] !== "")
    .sort()
    .map((k) => `${formEncode(k)}=${formEncode(params[k])}`)
    .join("&")
}

/** The query with its vnp_SecureHash (HMAC-SHA512 of the sorted query with the hash secret). */
export function signedVnpayQuery(params: Record<string, string>): string {
  const sorted = vnpaySortedQuery(params)
  const hash = createHmac("sha512", E2E_VNPAY.hashSecret).update(sorted, "utf8").digest("hex")
  return `${sorted}&vnp_SecureHash=${hash}`
}

/** yyyyMMddHHmmss in Vietnam's time (GMT+7), as VNPay writes dates. */
function vietnamTime(date: Date) {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/[-:T]/g, "").slice(0, 14)
}

export type VnpayPaymentRequest = {
  /** The query the shop sent the browser here with. */
  params: Record<string, string>
  signatureValid: boolean
  /** What VNPay reports for this payment (to the return URL and in the IPN), signed. */
  result: string
}

export type VnpayStandIn = {
  /** The payment pages the browser opened, in order. */
  payments: VnpayPaymentRequest[]
  close(): Promise<void>
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function startVnpayStandIn(port: number): Promise<VnpayStandIn> {
  const payments: VnpayPaymentRequest[] = []
  let transactionNo = 14_000_000
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://localhost:${port}`)
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end()
      return
    }
    if (req.method !== "GET" || url.pathname !== "/paymentv2/vpcpay.html") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not part of the stand-in")
      return
    }
    const params = Object.fromEntries(url.searchParams)
    const expected = createHmac("sha512", E2E_VNPAY.hashSecret).update(vnpaySortedQuery(params), "utf8").digest("hex")
    const signatureValid = params.vnp_SecureHash?.toLowerCase() === expected && params.vnp_TmnCode === E2E_VNPAY.tmnCode
    const result = signedVnpayQuery({
      vnp_Amount: params.vnp_Amount ?? "",
      vnp_BankCode: "NCB",
      vnp_BankTranNo: `VNP${transactionNo + 1}`,
      vnp_CardType: "ATM",
      vnp_OrderInfo: params.vnp_OrderInfo ?? "",
      vnp_PayDate: vietnamTime(new Date()),
      vnp_ResponseCode: "00",
      vnp_TmnCode: E2E_VNPAY.tmnCode,
      vnp_TransactionNo: String(++transactionNo),
      vnp_TransactionStatus: "00",
      vnp_TxnRef: params.vnp_TxnRef ?? "",
    })
    payments.push({ params, signatureValid, result })
    if (!signatureValid) {
      // VNPay's own page refuses a URL whose signature does not match ("Sai chữ ký").
      res.writeHead(400, { "content-type": "text/html; charset=utf-8" }).end("<h1>Sai chữ ký / Invalid signature</h1>")
      return
    }
    const amount = new Intl.NumberFormat("vi-VN").format(Number(params.vnp_Amount) / 100)
    const back = `${params.vnp_ReturnUrl}?${result}`
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>VNPay (stand-in)</title></head><body>
<h1>Cổng thanh toán VNPay (stand-in)</h1>
<p>Số tiền: <strong data-testid="amount">${escapeHtml(amount)} VND</strong></p>
<p>Nội dung: ${escapeHtml(params.vnp_OrderInfo ?? "")}</p>
<p><a href="${escapeHtml(back)}">Thanh toán</a></p>
</body></html>`)
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, resolve)
  })
  return {
    payments,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
