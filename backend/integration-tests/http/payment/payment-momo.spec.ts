import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import expireWalletPaymentsJob from "@ocop-market/medusa-plugin-ocop/jobs/expire-wallet-payments"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import {
  cartToPay,
  lapseWalletPayment,
  openPaymentSession,
  paymentsOf,
  pickVariant,
  placeOrder,
  reservationsOfOrder,
} from "../payment-fixtures"
import { startWalletStandIn } from "../payment-wallet-stand-in"

const MOMO = "pp_momo_momo"
const MOMO_ATM = "pp_momo_atm"
// MoMo's published sandbox merchant (developers.momo.vn, "Thông tin test"): public test keys.
const PARTNER_CODE = "MOMO"
const ACCESS_KEY = "F8BBA842ECF85"
const SECRET_KEY = "K951B6PE1waDMi640xX08PD3vg6EkVlz"

const standIn = await startWalletStandIn()
process.env.MOMO_PARTNER_CODE = PARTNER_CODE
process.env.MOMO_ACCESS_KEY = ACCESS_KEY
process.env.MOMO_SECRET_KEY = SECRET_KEY
process.env.MOMO_API_URL = standIn.url
process.env.STOREFRONT_URL = "https://shop.example.vn"
process.env.MEDUSA_BACKEND_URL = "https://api.example.vn"

/** MoMo's documented signature, written from its docs: the fields as key=value in the given order, joined by "&", HMAC-SHA256 with the secret key, hex. */
const momoSignature = (fields: [string, unknown][], secret = SECRET_KEY) =>
  createHmac("sha256", secret)
    .update(fields.map(([k, v]) => `${k}=${v}`).join("&"), "utf8")
    .digest("hex")

/** The IPN body's signed fields, in the order of MoMo's documentation. */
const IPN_FIELDS = ["amount", "extraData", "message", "orderId", "orderInfo", "orderType", "partnerCode", "payType", "requestId", "responseTime", "resultCode", "transId"]

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
      standIn.answer("/v2/gateway/api/create", ({ body }) => ({
        body: {
          partnerCode: body.partnerCode, orderId: body.orderId, requestId: body.requestId, amount: body.amount,
          responseTime: Date.now(), message: "Thành công.", resultCode: 0,
          payUrl: `https://test-payment.momo.vn/v2/gateway/pay?t=${body.orderId}`,
        },
      }))
    })

    async function momoOrder(provider = MOMO) {
      const { order } = await placeOrder(api, store, variant.id, provider)
      const { payments } = await paymentsOf(api, store, getContainer(), order.id)
      return { order, payment: payments[0], create: standIn.requests.at(-1)!.body }
    }

    /** The IPN MoMo sends when the shopper paid, signed as MoMo signs it, with what the test changes (before or after signing). */
    function ipnFor(create: Record<string, any>, change: Record<string, unknown> = {}, { signAfterChange = true } = {}) {
      const ipn: Record<string, any> = {
        partnerCode: PARTNER_CODE, orderId: create.orderId, requestId: create.requestId, amount: create.amount,
        orderInfo: create.orderInfo, orderType: "momo_wallet", transId: 4088878653, resultCode: 0,
        message: "Thành công.", payType: "qr", responseTime: 1764990000000, extraData: "",
      }
      if (signAfterChange) Object.assign(ipn, change)
      ipn.signature = momoSignature([["accessKey", ACCESS_KEY], ...IPN_FIELDS.map((k) => [k, ipn[k]] as [string, unknown])])
      if (!signAfterChange) Object.assign(ipn, change)
      return ipn
    }

    const capturesOf = async (orderId: string) =>
      (await paymentsOf(api, store, getContainer(), orderId)).payments[0].captures ?? []

    describe("MoMo checkout", () => {
      it("creates the MoMo payment with the documented request and signature, and sends the shopper to MoMo's page", async () => {
        const { order, payment, create } = await momoOrder()
        const req = standIn.requests[0]!
        expect(req.method).toBe("POST")
        expect(req.path).toBe("/v2/gateway/api/create")
        expect(req.headers["content-type"]).toContain("application/json")
        expect(create).toEqual({
          partnerCode: PARTNER_CODE,
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          amount: order.total,
          orderId: payment.data.reference,
          orderInfo: `Thanh toan don hang OCOP Market ${payment.data.reference}`,
          redirectUrl: "https://shop.example.vn/checkout/wallet-return",
          ipnUrl: "https://api.example.vn/hooks/wallets/momo/ipn",
          requestType: "captureWallet",
          extraData: "",
          lang: "vi",
          orderExpireTime: 15,
          signature: momoSignature([
            ["accessKey", ACCESS_KEY], ["amount", order.total], ["extraData", ""],
            ["ipnUrl", "https://api.example.vn/hooks/wallets/momo/ipn"], ["orderId", payment.data.reference],
            ["orderInfo", create.orderInfo], ["partnerCode", PARTNER_CODE],
            ["redirectUrl", "https://shop.example.vn/checkout/wallet-return"], ["requestId", create.requestId],
            ["requestType", "captureWallet"],
          ]),
        })
        expect(payment.data.pay_url).toBe(`https://test-payment.momo.vn/v2/gateway/pay?t=${payment.data.reference}`)
        expect(payment.captured_at).toBeNull()
      })

      it("offers domestic ATM cards through MoMo's gateway as its own method", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, storeHeaders(store))
        expect(data.payment_providers.map((p: any) => p.id)).toEqual(expect.arrayContaining([MOMO, MOMO_ATM]))
        const { order, create } = await momoOrder(MOMO_ATM)
        expect(create.requestType).toBe("payWithATM")
        const view = await api.get(`/store/ocop/orders/${order.id}/payment`, storeHeaders(store))
        expect(view.data.payment.wallet.name).toBe("Thẻ ATM (MoMo)")
      })

      it("places no order when MoMo refuses to create the payment", async () => {
        standIn.answer("/v2/gateway/api/create", () => ({ body: { resultCode: 22, message: "Số tiền giao dịch không hợp lệ." } }))
        const cartId = await cartToPay(api, store, variant.id)
        await openPaymentSession(api, store, cartId, MOMO)
        const res = await responseOf(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(store)))
        expect(res.data.type).not.toBe("order")
        expect(JSON.stringify(res.data)).toContain("MoMo refused the payment (22")
        const orders = await getContainer().resolve(Modules.ORDER).listOrders({})
        expect(orders).toHaveLength(0)
      })
    })

    describe("POST /hooks/wallets/momo/ipn", () => {
      it("captures the payment when MoMo reports the exact amount, answering 204", async () => {
        const { order, create } = await momoOrder()
        // A field MoMo's signature does not cover, as MoMo adds them over time, is no reason to refuse.
        const res = await api.post("/hooks/wallets/momo/ipn", { ...ipnFor(create), partnerUserId: "0901234567" })
        expect(res.status).toBe(204)
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transaction_id).toBe("4088878653")
      })

      it("captures once for a replayed IPN and for three arriving at once", async () => {
        const { order, create } = await momoOrder()
        const answers = await Promise.all([1, 2, 3].map(() => api.post("/hooks/wallets/momo/ipn", ipnFor(create))))
        expect(answers.map((a) => a.status)).toEqual([204, 204, 204])
        const again = await api.post("/hooks/wallets/momo/ipn", ipnFor(create))
        expect(again.status).toBe(204)
        expect(await capturesOf(order.id)).toHaveLength(1)
      })

      it("refuses a tampered amount, a tampered order and a bad signature, capturing nothing", async () => {
        const { order, create } = await momoOrder()
        const other = await momoOrder()
        const tries = [
          ipnFor(create, { amount: 1000 }, { signAfterChange: false }),
          ipnFor(create, { orderId: other.create.orderId }, { signAfterChange: false }),
          { ...ipnFor(create), signature: momoSignature([["accessKey", ACCESS_KEY], ["amount", create.amount]], "wrong-secret") },
        ]
        for (const body of tries) {
          const res = await responseOf(api.post("/hooks/wallets/momo/ipn", body))
          expect(res.status).toBe(401)
          expect(res.data.message).toContain("signature")
        }
        expect(await capturesOf(order.id)).toHaveLength(0)
        expect(await capturesOf(other.order.id)).toHaveLength(0)
      })

      it("records a signed IPN for another amount and captures nothing", async () => {
        const { order, create } = await momoOrder()
        const res = await api.post("/hooks/wallets/momo/ipn", ipnFor(create, { amount: order.total + 1000 }))
        expect(res.status).toBe(204)
        const { payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(payments[0].captures).toHaveLength(0)
        expect(payments[0].data.notices).toEqual([
          expect.objectContaining({ result: "mismatch", amount: order.total + 1000, expected: order.total }),
        ])
      })
    })

    describe("an abandoned MoMo payment", () => {
      it("is released after MoMo's window: MoMo asked with a signed query, the order canceled, its stock freed", async () => {
        const { order, payment, create } = await momoOrder()
        standIn.answer("/v2/gateway/api/query", ({ body }) => ({
          body: { partnerCode: PARTNER_CODE, orderId: body.orderId, requestId: body.requestId, resultCode: 1005, message: "Giao dịch thất bại do url hoặc QR code đã hết hạn." },
        }))
        await lapseWalletPayment(getContainer(), payment.id)
        await expireWalletPaymentsJob(getContainer())
        const q = standIn.requests.at(-1)!
        expect(q.path).toBe("/v2/gateway/api/query")
        expect(q.body).toEqual({
          partnerCode: PARTNER_CODE, requestId: expect.any(String), orderId: create.orderId, lang: "vi",
          signature: momoSignature([["accessKey", ACCESS_KEY], ["orderId", create.orderId], ["partnerCode", PARTNER_CODE], ["requestId", q.body.requestId]]),
        })
        const { data } = await api.get(`/store/orders/${order.id}?fields=status`, storeHeaders(store))
        expect(data.order.status).toBe("canceled")
        expect(await reservationsOfOrder(api, store, getContainer(), order.id)).toHaveLength(0)
      })
    })

    describe("MoMo from Admin", () => {
      it("refunds through MoMo's refund API with a new order id naming the paid transaction", async () => {
        const { order, payment, create } = await momoOrder()
        await api.post("/hooks/wallets/momo/ipn", ipnFor(create))
        standIn.answer("/v2/gateway/api/refund", ({ body }) => ({
          body: { partnerCode: PARTNER_CODE, orderId: body.orderId, requestId: body.requestId, amount: body.amount, transId: 4088878999, resultCode: 0, message: "Thành công.", responseTime: Date.now() },
        }))
        const admin = await adminHeaders(api, getContainer())
        const res = await api.post(`/admin/payments/${payment.id}/refund`, { amount: order.total }, admin)
        expect(res.status).toBe(200)
        const r = standIn.requests.at(-1)!
        expect(r.path).toBe("/v2/gateway/api/refund")
        expect(r.body).toEqual({
          partnerCode: PARTNER_CODE,
          orderId: expect.stringMatching(new RegExp(`^${create.orderId}R[0-9A-Z]+$`)),
          requestId: expect.any(String),
          amount: order.total,
          transId: 4088878653,
          lang: "vi",
          description: expect.any(String),
          signature: momoSignature([
            ["accessKey", ACCESS_KEY], ["amount", order.total], ["description", r.body.description],
            ["orderId", r.body.orderId], ["partnerCode", PARTNER_CODE], ["requestId", r.body.requestId], ["transId", 4088878653],
          ]),
        })
        const payments = getContainer().resolve<IPaymentModuleService>(Modules.PAYMENT)
        expect(await payments.listRefunds({ payment_id: payment.id })).toHaveLength(1)
      })
    })
  },
})
