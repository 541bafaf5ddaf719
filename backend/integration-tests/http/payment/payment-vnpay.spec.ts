import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import expireWalletPaymentsJob from "@ocop-market/medusa-plugin-ocop/jobs/expire-wallet-payments"
import { receiveWalletPaymentWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import {
  lapseWalletPayment,
  paymentsOf,
  pickVariant,
  placeOrder,
  reservationsOfOrder,
} from "../payment-fixtures"
import { startWalletStandIn } from "../payment-wallet-stand-in"

const VNPAY = "pp_vnpay_vnpay"
const TMN_CODE = "OCOPTEST"
const HASH_SECRET = "OCOPLOCALSTANDINHASHSECRET012345"

// medusa-config registers VNPay only when its merchant keys are set; the app boots after this.
const standIn = await startWalletStandIn()
process.env.VNPAY_TMN_CODE = TMN_CODE
process.env.VNPAY_HASH_SECRET = HASH_SECRET
process.env.VNPAY_PAYMENT_URL = `${standIn.url}/paymentv2/vpcpay.html`
process.env.VNPAY_API_URL = `${standIn.url}/merchant_webapi/api/transaction`
process.env.STOREFRONT_URL = "https://shop.example.vn"

/**
 * VNPay's documented signature, written here from its integration guide and not
 * taken from the code under test: vnp_ fields except the hash, with a value, sorted
 * by name, each value URL-encoded with spaces as "+", joined as a query string,
 * HMAC-SHA512 with the hash secret, hex.
 */
function vnpaySignature(params: Record<string, string>, secret = HASH_SECRET) {
  const data = Object.keys(params)
    .filter((k) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType" && params[k] !== "")
    .sort()
    .map((k) => `${k}=${encodeURIComponent(params[k]!).replace(/%20/g, "+")}`)
    .join("&")
  return createHmac("sha512", secret).update(data, "utf8").digest("hex")
}

/** The API's hash: the listed fields' values joined by "|", HMAC-SHA512 (querydr, refund). */
const pipeHash = (values: string[]) =>
  createHmac("sha512", HASH_SECRET).update(values.join("|"), "utf8").digest("hex")

/** A query string as VNPay's servers send it: form-encoded values. */
const toQuery = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%20/g, "+")}`)
    .join("&")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }

    afterAll(() => standIn.close())

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      await dbUtils.snapshot()
    })
    beforeEach(() => {
      standIn.reset()
    })

    /** Places an order paid by VNPay and reads the payment URL it was given. */
    async function vnpayOrder() {
      const { order } = await placeOrder(api, store, variant.id, VNPAY)
      const { payments } = await paymentsOf(api, store, getContainer(), order.id)
      const payment = payments[0]
      const url = new URL(payment.data.pay_url)
      const params = Object.fromEntries(url.searchParams) as Record<string, string>
      return { order, payment, url, params }
    }

    /** The IPN VNPay sends for that payment URL, signed as VNPay signs it (or with what the test changes). */
    function ipnFor(
      params: Record<string, string>,
      change: Record<string, string> = {},
      { signAfterChange = true } = {}
    ) {
      const ipn: Record<string, string> = {
        vnp_Amount: params.vnp_Amount!,
        vnp_BankCode: "NCB",
        vnp_BankTranNo: "VNP14226112",
        vnp_CardType: "ATM",
        vnp_OrderInfo: params.vnp_OrderInfo!,
        vnp_PayDate: "20261206143000",
        vnp_ResponseCode: "00",
        vnp_TmnCode: TMN_CODE,
        vnp_TransactionNo: "14226112",
        vnp_TransactionStatus: "00",
        vnp_TxnRef: params.vnp_TxnRef!,
      }
      if (signAfterChange) Object.assign(ipn, change)
      ipn.vnp_SecureHash = vnpaySignature(ipn)
      if (!signAfterChange) Object.assign(ipn, change)
      return `/hooks/wallets/vnpay/ipn?${toQuery(ipn)}`
    }

    async function capturesOf(orderId: string) {
      const { payments } = await paymentsOf(api, store, getContainer(), orderId)
      return payments[0].captures ?? []
    }

    describe("VNPay checkout", () => {
      it("is offered in region Việt Nam when its keys are set", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, storeHeaders(store))
        expect(data.payment_providers.map((p: any) => p.id)).toContain(VNPAY)
      })

      it("places the order and sends the shopper to a VNPay URL signed as VNPay documents, amount ×100", async () => {
        const { order, payment, url, params } = await vnpayOrder()
        expect(`${url.origin}${url.pathname}`).toBe(`${standIn.url}/paymentv2/vpcpay.html`)
        expect(params).toEqual({
          vnp_Version: "2.1.0",
          vnp_Command: "pay",
          vnp_TmnCode: TMN_CODE,
          vnp_Amount: String(order.total * 100),
          vnp_CurrCode: "VND",
          vnp_TxnRef: payment.data.reference,
          vnp_OrderInfo: `Thanh toan don hang OCOP Market ${payment.data.reference}`,
          vnp_OrderType: "other",
          vnp_Locale: "vn",
          vnp_ReturnUrl: "https://shop.example.vn/checkout/wallet-return",
          vnp_IpAddr: "127.0.0.1",
          vnp_CreateDate: expect.stringMatching(/^\d{14}$/),
          vnp_ExpireDate: expect.stringMatching(/^\d{14}$/),
          vnp_SecureHash: vnpaySignature(params),
        })
        // Vietnam's clock, and 15 minutes to pay.
        const vn = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10) - 7, +s.slice(10, 12), +s.slice(12, 14))
        expect(Math.abs(vn(params.vnp_CreateDate!) - Date.now())).toBeLessThan(60_000)
        expect(vn(params.vnp_ExpireDate!) - vn(params.vnp_CreateDate!)).toBe(15 * 60_000)
        expect(payment.captured_at).toBeNull()
        // The signed URL is made without calling VNPay.
        expect(standIn.requests).toHaveLength(0)
      })

      it("tells the shopper the payment awaits VNPay's confirmation, with the page to pay on", async () => {
        const { order, payment } = await vnpayOrder()
        const { data } = await api.get(`/store/ocop/orders/${order.id}/payment`, storeHeaders(store))
        expect(data.payment).toEqual({
          provider_id: VNPAY,
          status: "authorized",
          vietqr: null,
          wallet: {
            name: "VNPay",
            state: "awaiting",
            pay_url: payment.data.pay_url,
            expires_at: payment.data.expires_at,
          },
        })
      })
    })

    describe("GET /hooks/wallets/vnpay/ipn", () => {
      it("captures the payment when VNPay confirms the exact amount, and says so to VNPay", async () => {
        const { order, params } = await vnpayOrder()
        const res = await api.get(ipnFor(params))
        expect(res.data).toEqual({ RspCode: "00", Message: "Confirm Success" })
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].captures[0].amount).toBe(order.total)
        expect(payments[0].data.transaction_id).toBe("14226112")
        const { data } = await api.get(`/store/ocop/orders/${order.id}/payment`, storeHeaders(store))
        expect(data.payment.wallet).toEqual(expect.objectContaining({ state: "paid", pay_url: null }))
      })

      it("captures once when VNPay repeats the IPN", async () => {
        const { order, params } = await vnpayOrder()
        const first = await api.get(ipnFor(params))
        const again = await api.get(ipnFor(params))
        expect(first.data.RspCode).toBe("00")
        expect(again.data).toEqual({ RspCode: "02", Message: "Order already confirmed" })
        expect(await capturesOf(order.id)).toHaveLength(1)
      })

      it("captures once when the same IPN arrives three times at the same moment", async () => {
        const { order, params } = await vnpayOrder()
        const answers = await Promise.all([1, 2, 3].map(() => api.get(ipnFor(params))))
        expect(answers.map((a) => a.data.RspCode).sort()).toEqual(["00", "02", "02"])
        expect(await capturesOf(order.id)).toHaveLength(1)
      })

      it("refuses an IPN whose amount was changed after VNPay signed it", async () => {
        const { order, params } = await vnpayOrder()
        const res = await api.get(ipnFor(params, { vnp_Amount: "100" }, { signAfterChange: false }))
        expect(res.data).toEqual({ RspCode: "97", Message: "Invalid Checksum" })
        expect(await capturesOf(order.id)).toHaveLength(0)
      })

      it("refuses an IPN whose order was changed after VNPay signed it", async () => {
        const first = await vnpayOrder()
        const second = await vnpayOrder()
        const res = await api.get(
          ipnFor(first.params, { vnp_TxnRef: second.params.vnp_TxnRef! }, { signAfterChange: false })
        )
        expect(res.data.RspCode).toBe("97")
        expect(await capturesOf(first.order.id)).toHaveLength(0)
        expect(await capturesOf(second.order.id)).toHaveLength(0)
      })

      it("refuses an IPN signed with another secret", async () => {
        const { order, params } = await vnpayOrder()
        const path = ipnFor(params).replace(/vnp_SecureHash=[0-9a-f]+/, () => {
          const ipn = Object.fromEntries(new URL(`http://x${ipnFor(params)}`).searchParams)
          return `vnp_SecureHash=${vnpaySignature(ipn, "not-the-shop-secret")}`
        })
        const res = await api.get(path)
        expect(res.data.RspCode).toBe("97")
        expect(await capturesOf(order.id)).toHaveLength(0)
      })

      it("records a signed IPN for another amount and captures nothing", async () => {
        const { order, params } = await vnpayOrder()
        const res = await api.get(ipnFor(params, { vnp_Amount: String(order.total * 100 - 100) }))
        expect(res.data).toEqual({ RspCode: "04", Message: "Invalid amount" })
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
        expect(payments[0].captures).toHaveLength(0)
        expect(payments[0].data.notices).toEqual([
          expect.objectContaining({ result: "mismatch", amount: order.total - 1, expected: order.total, source: "ipn" }),
        ])
      })

      it("records a failed payment and leaves the order awaiting, without capturing", async () => {
        const { order, params } = await vnpayOrder()
        const res = await api.get(ipnFor(params, { vnp_ResponseCode: "24", vnp_TransactionStatus: "02" }))
        expect(res.data.RspCode).toBe("00")
        expect(await capturesOf(order.id)).toHaveLength(0)
        const { data } = await api.get(`/store/ocop/orders/${order.id}/payment`, storeHeaders(store))
        expect(data.payment.wallet.state).toBe("failed")
      })

      it("answers 01 for a reference that is not ours", async () => {
        const { params } = await vnpayOrder()
        const res = await api.get(ipnFor(params, { vnp_TxnRef: "OCOPUNKNOWN" }))
        expect(res.data).toEqual({ RspCode: "01", Message: "Order not found" })
      })

      it("is a 400 naming the field for a malformed IPN", async () => {
        const res = await responseOf(api.get("/hooks/wallets/vnpay/ipn?vnp_TxnRef=X&vnp_Amount=abc&vnp_SecureHash=00"))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("vnp_Amount")
      })
    })

    describe("ocop-receive-wallet-payment", () => {
      it("takes back what it recorded when a later step fails", async () => {
        const { order, payment } = await vnpayOrder()
        const workflow = receiveWalletPaymentWorkflow(getContainer())
        workflow.addAction(
          "fail-after-recording",
          { invoke: async () => { throw new Error("the IPN connection dropped") } },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: { reference: payment.data.reference, amount: order.total - 1000, state: "paid", transaction_id: "1", source: "ipn" },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("IPN connection dropped")
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
        expect(payments[0].data.notices ?? []).toEqual([])
        expect(payments[0].data.pay_url).toBe(payment.data.pay_url)
      })
    })

    describe("an abandoned VNPay payment", () => {
      const lapse = (paymentId: string) => lapseWalletPayment(getContainer(), paymentId)
      const reservationsOf = (orderId: string) => reservationsOfOrder(api, store, getContainer(), orderId)

      it("is released when VNPay's window has closed: VNPay asked first, then the order canceled and its stock freed", async () => {
        const { order, payment, params } = await vnpayOrder()
        expect(await reservationsOf(order.id)).toHaveLength(1)
        standIn.answer("/merchant_webapi/api/transaction", () => ({
          body: { vnp_ResponseCode: "91", vnp_Message: "Khong tim thay giao dich yeu cau" },
        }))
        await lapse(payment.id)
        await expireWalletPaymentsJob(getContainer())

        const asked = standIn.requests.map((r) => r.body)
        expect(asked).toHaveLength(1)
        const q = asked[0]!
        expect(q).toEqual({
          vnp_RequestId: expect.stringMatching(/^[0-9a-f]{32}$/),
          vnp_Version: "2.1.0",
          vnp_Command: "querydr",
          vnp_TmnCode: TMN_CODE,
          vnp_TxnRef: params.vnp_TxnRef,
          vnp_TransactionDate: params.vnp_CreateDate,
          vnp_CreateDate: expect.stringMatching(/^\d{14}$/),
          vnp_IpAddr: "127.0.0.1",
          vnp_OrderInfo: expect.any(String),
          vnp_SecureHash: pipeHash([
            q.vnp_RequestId, "2.1.0", "querydr", TMN_CODE, params.vnp_TxnRef!, params.vnp_CreateDate!,
            q.vnp_CreateDate, "127.0.0.1", q.vnp_OrderInfo,
          ]),
        })
        const { data } = await api.get(`/store/orders/${order.id}?fields=status`, storeHeaders(store))
        expect(data.order.status).toBe("canceled")
        expect(await reservationsOf(order.id)).toHaveLength(0)
        // The IPN that comes too late is recorded for the office, not captured.
        const late = await api.get(ipnFor(params))
        expect(late.data.RspCode).toBe("00")
        const { payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(payments[0].captures).toHaveLength(0)
        expect(payments[0].data.notices.at(-1)).toEqual(expect.objectContaining({ result: "late" }))
      })

      it("is captured instead when VNPay says it was paid and only the IPN was lost", async () => {
        const { order, payment } = await vnpayOrder()
        standIn.answer("/merchant_webapi/api/transaction", ({ body }) => ({
          body: {
            vnp_ResponseId: "r1", vnp_Command: "querydr", vnp_ResponseCode: "00", vnp_Message: "OK",
            vnp_TmnCode: TMN_CODE, vnp_TxnRef: body.vnp_TxnRef, vnp_Amount: String(order.total * 100),
            vnp_TransactionNo: "14226999", vnp_TransactionType: "01", vnp_TransactionStatus: "00",
          },
        }))
        await lapse(payment.id)
        await expireWalletPaymentsJob(getContainer())
        const { paymentStatus } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(await reservationsOf(order.id)).toHaveLength(1)
      })
    })

    describe("VNPay from Admin", () => {
      it("refunds through VNPay's refund API, for the amount the office enters", async () => {
        const { order, payment, params } = await vnpayOrder()
        await api.get(ipnFor(params))
        standIn.answer("/merchant_webapi/api/transaction", ({ body }) => ({
          body: { vnp_ResponseId: "r2", vnp_Command: "refund", vnp_ResponseCode: "00", vnp_Message: "OK", vnp_TxnRef: body.vnp_TxnRef, vnp_TransactionNo: "14226113" },
        }))
        const admin = await adminHeaders(api, getContainer())
        const refund = order.total - 1000
        const res = await api.post(`/admin/payments/${payment.id}/refund`, { amount: refund }, admin)
        expect(res.status).toBe(200)

        const r = standIn.requests.at(-1)!.body
        expect(r).toEqual(
          expect.objectContaining({
            vnp_Version: "2.1.0",
            vnp_Command: "refund",
            vnp_TmnCode: TMN_CODE,
            vnp_TransactionType: "03",
            vnp_TxnRef: params.vnp_TxnRef,
            vnp_Amount: String(refund * 100),
            vnp_TransactionNo: "14226112",
            vnp_TransactionDate: params.vnp_CreateDate,
          })
        )
        expect(r.vnp_SecureHash).toBe(
          pipeHash([
            r.vnp_RequestId, "2.1.0", "refund", TMN_CODE, "03", params.vnp_TxnRef!, String(refund * 100),
            "14226112", params.vnp_CreateDate!, r.vnp_CreateBy, r.vnp_CreateDate, "127.0.0.1", r.vnp_OrderInfo,
          ])
        )
        const { payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(payments[0].data.refunds).toEqual([expect.objectContaining({ amount: refund })])
      })

      it("does not record a refund VNPay refused", async () => {
        const { payment, params } = await vnpayOrder()
        await api.get(ipnFor(params))
        standIn.answer("/merchant_webapi/api/transaction", () => ({
          body: { vnp_ResponseCode: "94", vnp_Message: "Yeu cau bi trung lap" },
        }))
        const admin = await adminHeaders(api, getContainer())
        const res = await responseOf(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000 }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("VNPay refused the refund")
        const payments = getContainer().resolve<IPaymentModuleService>(Modules.PAYMENT)
        expect(await payments.listRefunds({ payment_id: payment.id })).toHaveLength(0)
      })

      it("asks VNPay about the payment and captures it when VNPay reports it paid", async () => {
        const { order, params } = await vnpayOrder()
        standIn.answer("/merchant_webapi/api/transaction", ({ body }) => ({
          body: {
            vnp_ResponseCode: "00", vnp_Message: "OK", vnp_TxnRef: body.vnp_TxnRef,
            vnp_Amount: String(order.total * 100), vnp_TransactionNo: "14226114", vnp_TransactionStatus: "00",
          },
        }))
        const admin = await adminHeaders(api, getContainer())
        const { data } = await api.post(`/admin/ocop/orders/${order.id}/wallet-query`, {}, admin)
        expect(data.wallet).toEqual(expect.objectContaining({ name: "VNPay", state: "paid", amount: order.total }))
        expect(data.payment.outcome).toBe("captured")
        expect(standIn.requests[0]!.body.vnp_TxnRef).toBe(params.vnp_TxnRef)
        expect((await paymentsOf(api, store, getContainer(), order.id)).paymentStatus).toBe("captured")
      })

      it("refuses anyone but the office", async () => {
        const { order } = await vnpayOrder()
        const res = await responseOf(api.post(`/admin/ocop/orders/${order.id}/wallet-query`, {}))
        expect(res.status).toBe(401)
      })
    })
  },
})
