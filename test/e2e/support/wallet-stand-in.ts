// Stand-ins for VNPay and MoMo on one port: the shop's e2e stack is started with the
// merchant keys below and the wallets' URLs pointing here (global-setup.ts), and the
// wallet test starts this server on that port.
// - VNPay: the shop sends the browser to the pay page with a signed URL; the stand-in
//   checks the signature as VNPay would and shows a "pay" link back to the shop's return
//   URL with a signed result.
// - MoMo: the shop's backend asks the create API for a pay URL (signature checked);
//   the pay page links back to the shop's redirect URL with a signed result.
// The test then sends the IPN with the same signed result, as the wallet's server does.
// Every signature is computed here from the wallet's published algorithm (VNPay:
// HMAC-SHA512 over the sorted, form-encoded vnp_ fields; MoMo: HMAC-SHA256 over
// key=value pairs in its documented order), never with the shop's code.
import { createHmac } from "node:crypto"
import http from "node:http"

/** The merchants the e2e shop is configured as (not real credentials). */
export const E2E_VNPAY = { tmnCode: "OCOPE2E1", hashSecret: "ocop-e2e-vnpay-hash-secret-stand-in" }
export const E2E_MOMO = { partnerCode: "OCOPE2E", accessKey: "ocop-e2e-momo-access", secretKey: "ocop-e2e-momo-secret-stand-in" }

/** The backend's environment for VNPay and MoMo at the stand-in on `port`. */
export function walletStandInEnv(port: number): Record<string, string> {
  const base = `http://localhost:${port}`
  return {
    VNPAY_TMN_CODE: E2E_VNPAY.tmnCode,
    VNPAY_HASH_SECRET: E2E_VNPAY.hashSecret,
    VNPAY_PAYMENT_URL: `${base}/paymentv2/vpcpay.html`,
    VNPAY_API_URL: `${base}/merchant_webapi/api/transaction`,
    MOMO_PARTNER_CODE: E2E_MOMO.partnerCode,
    MOMO_ACCESS_KEY: E2E_MOMO.accessKey,
    MOMO_SECRET_KEY: E2E_MOMO.secretKey,
    MOMO_API_URL: base,
    // One MoMo choice is enough for the browser; the ATM one differs only in requestType.
    MOMO_ATM: "off",
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

const vnpayHash = (sorted: string) => createHmac("sha512", E2E_VNPAY.hashSecret).update(sorted, "utf8").digest("hex")

/** MoMo's signature: HMAC-SHA256 with the secret key over `key=value&…` in the order given. */
export function momoSignature(fields: [string, string | number][]): string {
  const raw = fields.map(([k, v]) => `${k}=${v}`).join("&")
  return createHmac("sha256", E2E_MOMO.secretKey).update(raw, "utf8").digest("hex")
}

/** yyyyMMddHHmmss in Vietnam's time (GMT+7), as VNPay writes dates. */
function vietnamTime(date: Date) {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/[-:T]/g, "").slice(0, 14)
}

export type VnpayPaymentRequest = {
  /** The query the shop sent the browser here with. */
  params: Record<string, string>
  signatureValid: boolean
  /** What VNPay reports for this payment (to the return URL and in the IPN): a signed query. */
  result: string
}

export type MomoPaymentRequest = {
  /** The body the shop's backend posted to MoMo's create API. */
  body: Record<string, any>
  signatureValid: boolean
  /** What MoMo reports for this payment (to the redirect URL and in the IPN), signed. */
  result: Record<string, string | number>
}

export type WalletStandIn = {
  /** VNPay pay pages the browser opened, in order. */
  vnpay: VnpayPaymentRequest[]
  /** MoMo payments the shop created, in order. */
  momo: MomoPaymentRequest[]
  close(): Promise<void>
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function payPage(wallet: string, amount: number, info: string, back: string) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${wallet} (stand-in)</title></head><body>
<h1>Cổng thanh toán ${wallet} (stand-in)</h1>
<p>Số tiền: <strong data-testid="amount">${escapeHtml(new Intl.NumberFormat("vi-VN").format(amount))} VND</strong></p>
<p>Nội dung: ${escapeHtml(info)}</p>
<p><a href="${escapeHtml(back)}">Thanh toán</a></p>
</body></html>`
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"))
  } catch {
    return {}
  }
}

export async function startWalletStandIn(port: number): Promise<WalletStandIn> {
  const vnpay: VnpayPaymentRequest[] = []
  const momo: MomoPaymentRequest[] = []
  let transactionNo = 14_000_000
  const base = `http://localhost:${port}`

  function vnpayPay(url: URL, res: http.ServerResponse) {
    const params = Object.fromEntries(url.searchParams)
    const signatureValid =
      params.vnp_SecureHash?.toLowerCase() === vnpayHash(vnpaySortedQuery(params)) && params.vnp_TmnCode === E2E_VNPAY.tmnCode
    const sorted = vnpaySortedQuery({
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
    const result = `${sorted}&vnp_SecureHash=${vnpayHash(sorted)}`
    vnpay.push({ params, signatureValid, result })
    if (!signatureValid) {
      // VNPay's own page refuses a URL whose signature does not match.
      res.writeHead(400, { "content-type": "text/html; charset=utf-8" }).end("<h1>Sai chữ ký / Invalid signature</h1>")
      return
    }
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(payPage("VNPay", Number(params.vnp_Amount) / 100, params.vnp_OrderInfo ?? "", `${params.vnp_ReturnUrl}?${result}`))
  }

  async function momoCreate(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readJson(req)
    // The order of MoMo's documentation for the create request.
    const expected = momoSignature([
      ["accessKey", E2E_MOMO.accessKey],
      ["amount", body.amount],
      ["extraData", body.extraData ?? ""],
      ["ipnUrl", body.ipnUrl],
      ["orderId", body.orderId],
      ["orderInfo", body.orderInfo],
      ["partnerCode", body.partnerCode],
      ["redirectUrl", body.redirectUrl],
      ["requestId", body.requestId],
      ["requestType", body.requestType],
    ])
    const signatureValid = body.signature === expected && body.partnerCode === E2E_MOMO.partnerCode
    const fields = {
      partnerCode: E2E_MOMO.partnerCode,
      orderId: String(body.orderId ?? ""),
      requestId: String(body.requestId ?? ""),
      amount: Number(body.amount),
      orderInfo: String(body.orderInfo ?? ""),
      orderType: "momo_wallet",
      transId: ++transactionNo,
      resultCode: 0,
      message: "Thành công.",
      payType: "qr",
      responseTime: Date.now(),
      extraData: String(body.extraData ?? ""),
    }
    // The order of MoMo's documentation for the IPN and the redirect.
    const signature = momoSignature([
      ["accessKey", E2E_MOMO.accessKey],
      ["amount", fields.amount],
      ["extraData", fields.extraData],
      ["message", fields.message],
      ["orderId", fields.orderId],
      ["orderInfo", fields.orderInfo],
      ["orderType", fields.orderType],
      ["partnerCode", fields.partnerCode],
      ["payType", fields.payType],
      ["requestId", fields.requestId],
      ["responseTime", fields.responseTime],
      ["resultCode", fields.resultCode],
      ["transId", fields.transId],
    ])
    momo.push({ body, signatureValid, result: { ...fields, signature } })
    res.writeHead(200, { "content-type": "application/json" })
    if (!signatureValid) {
      res.end(JSON.stringify({ resultCode: 11, message: "Truy cập bị từ chối: sai chữ ký" }))
      return
    }
    res.end(
      JSON.stringify({
        partnerCode: E2E_MOMO.partnerCode,
        orderId: fields.orderId,
        requestId: fields.requestId,
        amount: fields.amount,
        responseTime: Date.now(),
        message: "Thành công.",
        resultCode: 0,
        payUrl: `${base}/v2/gateway/pay?t=${encodeURIComponent(fields.orderId)}`,
      })
    )
  }

  function momoPay(url: URL, res: http.ServerResponse) {
    const payment = momo.find((p) => p.result.orderId === url.searchParams.get("t") && p.signatureValid)
    if (!payment) {
      res.writeHead(404, { "content-type": "text/plain" }).end("no such MoMo payment")
      return
    }
    const back = new URL(String(payment.body.redirectUrl))
    for (const [k, v] of Object.entries(payment.result)) back.searchParams.set(k, String(v))
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(payPage("MoMo", Number(payment.result.amount), String(payment.result.orderInfo), back.toString()))
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", base)
    if (req.method === "GET" && url.pathname === "/favicon.ico") return void res.writeHead(204).end()
    if (req.method === "GET" && url.pathname === "/paymentv2/vpcpay.html") return vnpayPay(url, res)
    if (req.method === "POST" && url.pathname === "/v2/gateway/api/create") return void momoCreate(req, res)
    if (req.method === "GET" && url.pathname === "/v2/gateway/pay") return momoPay(url, res)
    res.writeHead(404, { "content-type": "text/plain" }).end("not part of the stand-in")
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, resolve)
  })
  return {
    vnpay,
    momo,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
