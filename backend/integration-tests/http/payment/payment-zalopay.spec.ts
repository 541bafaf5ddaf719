import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import expireWalletPaymentsJob from "@ocop-market/medusa-plugin-ocop/jobs/expire-wallet-payments"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, seedShop, storeHeaders } from "../fixtures"
import {
  lapseWalletPayment,
  paymentsOf,
  pickVariant,
  placeOrder,
  reservationsOfOrder,
} from "../payment-fixtures"
import { startWalletStandIn } from "../payment-wallet-stand-in"

const ZALOPAY = "pp_zalopay_zalopay"
// ZaloPay's published sandbox merchant (docs.zalopay.vn, demo app 2553): public test keys.
const APP_ID = "2553"
const KEY1 = "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL"
const KEY2 = "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz"

const standIn = await startWalletStandIn()
process.env.ZALOPAY_APP_ID = APP_ID
process.env.ZALOPAY_KEY1 = KEY1
process.env.ZALOPAY_KEY2 = KEY2
process.env.ZALOPAY_API_URL = standIn.url
process.env.STOREFRONT_URL = "https://shop.example.vn"
process.env.MEDUSA_BACKEND_URL = "https://api.example.vn"

/** ZaloPay's mac, from its docs: HMAC-SHA256 of the "|"-joined values, hex. */
const mac = (key: string, values: unknown[]) =>
  createHmac("sha256", key).update(values.join("|"), "utf8").digest("hex")

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
      standIn.answer("/v2/create", ({ body }) => ({
        body: {
          return_code: 1, return_message: "Giao dịch thành công", sub_return_code: 1, sub_return_message: "Giao dịch thành công",
          order_url: `https://qcgateway.zalopay.vn/openinapp?order=${body.app_trans_id}`, zp_trans_token: "ACq2t2U8", order_token: "ACq2t2U8",
        },
      }))
    })

    async function zaloPayOrder() {
      const { order } = await placeOrder(api, store, variant.id, ZALOPAY)
      const { payments } = await paymentsOf(api, store, getContainer(), order.id)
      return { order, payment: payments[0], create: standIn.requests.at(-1)!.body }
    }

    /** ZaloPay's callback for the created order: data as a JSON string, mac with key2. */
    function callbackFor(create: Record<string, string>, change: Record<string, unknown> = {}, { key = KEY2, macBeforeChange = false } = {}) {
      const fields = {
        app_id: Number(APP_ID), app_trans_id: create.app_trans_id, app_time: Number(create.app_time), app_user: create.app_user,
        amount: Number(create.amount), embed_data: create.embed_data, item: create.item, zp_trans_id: 251206000012345,
        server_time: Date.now(), channel: 38, merchant_user_id: "u1", user_fee_amount: 0, discount_amount: 0,
      }
      const signed = JSON.stringify(macBeforeChange ? fields : { ...fields, ...change })
      const sent = macBeforeChange ? JSON.stringify({ ...fields, ...change }) : signed
      return { data: sent, mac: createHmac("sha256", key).update(signed, "utf8").digest("hex"), type: 1 }
    }

    const capturesOf = async (orderId: string) =>
      (await paymentsOf(api, store, getContainer(), orderId)).payments[0].captures ?? []

    describe("ZaloPay checkout", () => {
      it("creates the ZaloPay order with the documented form and mac, and sends the shopper to its order_url", async () => {
        const { order, payment, create } = await zaloPayOrder()
        const req = standIn.requests[0]!
        expect(req.path).toBe("/v2/create")
        expect(req.headers["content-type"]).toContain("application/x-www-form-urlencoded")
        const yymmdd = new Date(Date.now() + 7 * 3600_000).toISOString().slice(2, 10).replace(/-/g, "")
        expect(create).toEqual({
          app_id: APP_ID,
          app_user: "ocop-market",
          app_trans_id: `${yymmdd}_${payment.data.reference}`,
          app_time: expect.stringMatching(/^\d{13}$/),
          expire_duration_seconds: "900",
          amount: String(order.total),
          item: "[]",
          description: `Thanh toan don hang OCOP Market ${payment.data.reference}`,
          embed_data: JSON.stringify({ redirecturl: "https://shop.example.vn/checkout/wallet-return" }),
          bank_code: "",
          callback_url: "https://api.example.vn/hooks/wallets/zalopay/callback",
          mac: mac(KEY1, [APP_ID, create.app_trans_id, "ocop-market", order.total, create.app_time, create.embed_data, "[]"]),
        })
        expect(payment.data.pay_url).toBe(`https://qcgateway.zalopay.vn/openinapp?order=${create.app_trans_id}`)
        const view = await api.get(`/store/ocop/orders/${order.id}/payment`, storeHeaders(store))
        expect(view.data.payment.wallet).toEqual(expect.objectContaining({ name: "ZaloPay", state: "awaiting" }))
      })
    })

    describe("POST /hooks/wallets/zalopay/callback", () => {
      it("captures once for the callback, its replay and duplicates arriving together", async () => {
        const { order, create } = await zaloPayOrder()
        const first = await api.post("/hooks/wallets/zalopay/callback", callbackFor(create))
        expect(first.data).toEqual({ return_code: 1, return_message: "success" })
        const more = await Promise.all([1, 2].map(() => api.post("/hooks/wallets/zalopay/callback", callbackFor(create))))
        expect(more.map((r) => r.data.return_code)).toEqual([2, 2])
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transaction_id).toBe("251206000012345")
      })

      it("refuses a tampered amount, a tampered order and a mac made with key1", async () => {
        const { order, create } = await zaloPayOrder()
        const other = await zaloPayOrder()
        const tries = [
          callbackFor(create, { amount: 1000 }, { macBeforeChange: true }),
          callbackFor(create, { app_trans_id: other.create.app_trans_id }, { macBeforeChange: true }),
          callbackFor(create, {}, { key: KEY1 }),
        ]
        for (const body of tries) {
          const res = await api.post("/hooks/wallets/zalopay/callback", body)
          expect(res.data).toEqual({ return_code: -1, return_message: "mac not equal" })
        }
        expect(await capturesOf(order.id)).toHaveLength(0)
        expect(await capturesOf(other.order.id)).toHaveLength(0)
      })

      it("records a signed callback for another amount and captures nothing", async () => {
        const { order, create } = await zaloPayOrder()
        const res = await api.post("/hooks/wallets/zalopay/callback", callbackFor(create, { amount: order.total - 1 }))
        expect(res.data.return_code).toBe(1)
        const { payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(payments[0].captures).toHaveLength(0)
        expect(payments[0].data.notices).toEqual([expect.objectContaining({ result: "mismatch", amount: order.total - 1 })])
      })
    })

    describe("an abandoned ZaloPay payment", () => {
      it("is released after its window: ZaloPay asked with a mac'd query, the order canceled, its stock freed", async () => {
        const { order, payment, create } = await zaloPayOrder()
        standIn.answer("/v2/query", () => ({ body: { return_code: 2, return_message: "Giao dịch thất bại", sub_return_code: -54, is_processing: false, amount: 0, zp_trans_id: 0 } }))
        await lapseWalletPayment(getContainer(), payment.id)
        await expireWalletPaymentsJob(getContainer())
        const q = standIn.requests.at(-1)!
        expect(q.path).toBe("/v2/query")
        expect(q.body).toEqual({ app_id: APP_ID, app_trans_id: create.app_trans_id, mac: mac(KEY1, [APP_ID, create.app_trans_id, KEY1]) })
        const { data } = await api.get(`/store/orders/${order.id}?fields=status`, storeHeaders(store))
        expect(data.order.status).toBe("canceled")
        expect(await reservationsOfOrder(api, store, getContainer(), order.id)).toHaveLength(0)
      })
    })

    describe("ZaloPay from Admin", () => {
      it("refunds through ZaloPay's refund API naming zp_trans_id, with its mac", async () => {
        const { order, payment, create } = await zaloPayOrder()
        await api.post("/hooks/wallets/zalopay/callback", callbackFor(create))
        standIn.answer("/v2/refund", () => ({ body: { return_code: 3, return_message: "Giao dịch đang được xử lý", sub_return_code: 2, refund_id: 19282813 } }))
        const admin = await adminHeaders(api, getContainer())
        const amount = order.total - 5000
        const res = await api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin)
        expect(res.status).toBe(200)
        const r = standIn.requests.at(-1)!.body
        expect(r).toEqual({
          m_refund_id: expect.stringMatching(new RegExp(`^\\d{6}_${APP_ID}_\\d+$`)),
          app_id: APP_ID,
          zp_trans_id: "251206000012345",
          amount: String(amount),
          timestamp: expect.stringMatching(/^\d{13}$/),
          description: expect.any(String),
          mac: mac(KEY1, [APP_ID, "251206000012345", amount, r.description, r.timestamp]),
        })
        const payments = getContainer().resolve<IPaymentModuleService>(Modules.PAYMENT)
        expect(await payments.listRefunds({ payment_id: payment.id })).toHaveLength(1)
      })
    })
  },
})
