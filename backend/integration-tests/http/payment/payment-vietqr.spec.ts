import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { decodeVietQr } from "../../../../plugins/ocop/src/providers/vietqr/vietqr-payload"
import { receiveVietQrTransferWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import {
  paymentsOf,
  pickVariant,
  placeOrder,
  RECONCILE_SECRET,
  reconcileHeaders,
} from "../payment-fixtures"

process.env.VIETQR_RECONCILE_SECRET = RECONCILE_SECRET
const VIETQR = "pp_vietqr_vietqr"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      await dbUtils.snapshot()
    })

    describe("region Việt Nam", () => {
      it("offers cash on delivery and VietQR", async () => {
        const { data } = await api.get(
          `/store/payment-providers?region_id=${store.regionId}`,
          storeHeaders(store)
        )
        expect(data.payment_providers.map((p: any) => p.id)).toEqual(
          expect.arrayContaining(["pp_system_default", VIETQR])
        )
      })
    })

    describe("VietQR checkout", () => {
      it("places the order with a QR for the exact total in whole đồng, payment authorized but not captured", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        expect(Number.isInteger(order.total)).toBe(true)
        expect(session.data.amount).toBe(order.total)
        expect(session.data.reference).toMatch(/^OCOP[0-9A-Z]{10}$/)
        const decoded = decodeVietQr(session.data.payload)
        expect(decoded).toEqual(
          expect.objectContaining({
            bankBin: session.data.bank_bin,
            accountNumber: session.data.account_number,
            amount: order.total,
            purpose: session.data.reference,
            crcValid: true,
          })
        )
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("authorized")
        expect(payments).toHaveLength(1)
        expect(payments[0]).toEqual(
          expect.objectContaining({ provider_id: VIETQR, captured_at: null })
        )
        // VND has no minor unit: 45.000 ₫ is stored as 45000, never 4500000.
        expect(payments[0].amount).toBe(order.total)
        expect(payments[0].raw_amount.value).toBe(String(order.total))
      })

      it("shows the transfer to make on GET /store/ocop/orders/:id/payment, and later that it arrived", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const before = await api.get(
          `/store/ocop/orders/${order.id}/payment`,
          storeHeaders(store)
        )
        expect(before.data.payment).toEqual({
          provider_id: VIETQR,
          status: "authorized",
          vietqr: expect.objectContaining({
            reference: session.data.reference,
            amount: order.total,
            payload: session.data.payload,
            bank_bin: "970436",
            illustrative: true,
          }),
          // A bank transfer is no wallet payment.
          wallet: null,
        })
        // Nothing beyond the transfer: no recorded bank lines, no session ids.
        expect(Object.keys(before.data.payment.vietqr).sort()).toEqual([
          "account_name",
          "account_number",
          "amount",
          "bank_bin",
          "illustrative",
          "payload",
          "reference",
        ])
        await api.post(
          "/hooks/vietqr/reconcile",
          { reference: session.data.reference, amount: order.total },
          reconcileHeaders()
        )
        const after = await api.get(
          `/store/ocop/orders/${order.id}/payment`,
          storeHeaders(store)
        )
        expect(after.data.payment.status).toBe("captured")
      })

      it("is a 404 for an unknown order, and refuses query options", async () => {
        const missing = await responseOf(
          api.get(
            "/store/ocop/orders/order_missing/payment",
            storeHeaders(store)
          )
        )
        expect(missing.status).toBe(404)
        const { order } = await placeOrder(api, store, variant.id, VIETQR)
        const extra = await responseOf(
          api.get(
            `/store/ocop/orders/${order.id}/payment?debug=1`,
            storeHeaders(store)
          )
        )
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("debug")
      })
    })

    describe("POST /hooks/vietqr/reconcile", () => {
      it("captures the payment when the bank reports the exact amount", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const res = await api.post(
          "/hooks/vietqr/reconcile",
          {
            reference: session.data.reference,
            amount: order.total,
            transaction_id: "FT2633100001",
          },
          reconcileHeaders()
        )
        expect(res.status).toBe(200)
        expect(res.data.transfer).toEqual(
          expect.objectContaining({
            outcome: "received",
            order_id: order.id,
            amount: order.total,
          })
        )
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captured_at).not.toBeNull()
        expect(payments[0].captures.map((c: any) => c.amount)).toEqual([
          order.total,
        ])
        expect(payments[0].data.transfers).toEqual([
          expect.objectContaining({
            result: "received",
            source: "bank",
            bank_transaction_id: "FT2633100001",
          }),
        ])
      })

      it("pays once when the same transfer is reported twice", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const body = { reference: session.data.reference, amount: order.total }
        const first = await api.post(
          "/hooks/vietqr/reconcile",
          body,
          reconcileHeaders()
        )
        const second = await api.post(
          "/hooks/vietqr/reconcile",
          body,
          reconcileHeaders()
        )
        expect(first.data.transfer.outcome).toBe("received")
        expect(second.status).toBe(200)
        expect(second.data.transfer.outcome).toBe("already_received")
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transfers).toHaveLength(1)
      })

      it("pays once when the same transfer is reported twice at the same moment", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const body = { reference: session.data.reference, amount: order.total }
        const results = await Promise.all([
          responseOf(
            api.post("/hooks/vietqr/reconcile", body, reconcileHeaders())
          ),
          responseOf(
            api.post("/hooks/vietqr/reconcile", body, reconcileHeaders())
          ),
        ])
        expect(results.map((r) => r.status)).toEqual([200, 200])
        expect(results.map((r) => r.data.transfer.outcome).sort()).toEqual([
          "already_received",
          "received",
        ])
        const { payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(payments[0].captures).toHaveLength(1)
      })

      it("does not mark the order paid for a wrong amount, and records the mismatch", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const res = await responseOf(
          api.post(
            "/hooks/vietqr/reconcile",
            { reference: session.data.reference, amount: order.total - 1000 },
            reconcileHeaders()
          )
        )
        expect(res.status).toBe(409)
        expect(res.data).toEqual(
          expect.objectContaining({
            type: "amount_mismatch",
            message: expect.stringContaining("amount"),
          })
        )
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("authorized")
        expect(payments[0].captured_at).toBeNull()
        expect(payments[0].captures).toHaveLength(0)
        expect(payments[0].data.transfers).toEqual([
          expect.objectContaining({
            result: "mismatch",
            amount: order.total - 1000,
            expected: order.total,
          }),
        ])
      })

      it("accepts the reference in lower case, as a bank statement may print it", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const res = await api.post(
          "/hooks/vietqr/reconcile",
          {
            reference: session.data.reference.toLowerCase(),
            amount: order.total,
          },
          reconcileHeaders()
        )
        expect(res.data.transfer.outcome).toBe("received")
      })

      it("is a 404 for an unknown reference", async () => {
        const res = await responseOf(
          api.post(
            "/hooks/vietqr/reconcile",
            { reference: "OCOP0000000000", amount: 45000 },
            reconcileHeaders()
          )
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("OCOP0000000000")
      })

      it.each([
        [{ reference: "OCOP1", amount: 45000.5 }, "amount"],
        [{ reference: "OCOP1", amount: "45.000" }, "amount"],
        [{ reference: "ĐƠN 12", amount: 45000 }, "reference"],
        [{ reference: "OCOP1", amount: 45000, note: "x" }, "note"],
      ])(
        "refuses %o with a 400 naming %s and writes nothing",
        async (body, field) => {
          const { order } = await placeOrder(api, store, variant.id, VIETQR)
          const res = await responseOf(
            api.post("/hooks/vietqr/reconcile", body, reconcileHeaders())
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
          const { payments } = await paymentsOf(
            api,
            store,
            getContainer(),
            order.id
          )
          expect(payments[0].data.transfers).toBeUndefined()
        }
      )

      it("refuses a caller without the shared secret", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const body = { reference: session.data.reference, amount: order.total }
        const none = await responseOf(api.post("/hooks/vietqr/reconcile", body))
        const wrong = await responseOf(
          api.post("/hooks/vietqr/reconcile", body, reconcileHeaders("guess"))
        )
        expect([none.status, wrong.status]).toEqual([401, 401])
        const { paymentStatus } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("authorized")
      })
    })

    describe("ocop-receive-vietqr-transfer", () => {
      it("takes back what it recorded when a later step fails", async () => {
        const { order, session } = await placeOrder(
          api,
          store,
          variant.id,
          VIETQR
        )
        const workflow = receiveVietQrTransferWorkflow(getContainer())
        workflow.addAction(
          "fail-after-recording",
          {
            invoke: async () => {
              throw new Error("the bank feed dropped")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            reference: session.data.reference,
            amount: order.total - 1000,
            source: "bank",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("bank feed dropped")
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("authorized")
        expect(payments[0].data.transfers ?? []).toEqual([])
        expect(payments[0].data.reference).toBe(session.data.reference)
      })
    })

    describe("POST /admin/ocop/orders/:id/vietqr-received", () => {
      it("lets the office mark the transfer received, once", async () => {
        const { order } = await placeOrder(api, store, variant.id, VIETQR)
        const headers = await adminHeaders(api, getContainer())
        const first = await api.post(
          `/admin/ocop/orders/${order.id}/vietqr-received`,
          {},
          headers
        )
        const again = await api.post(
          `/admin/ocop/orders/${order.id}/vietqr-received`,
          {},
          headers
        )
        expect([
          first.data.transfer.outcome,
          again.data.transfer.outcome,
        ]).toEqual(["received", "already_received"])
        const { paymentStatus, payments } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transfers).toEqual([
          expect.objectContaining({
            result: "received",
            source: "admin",
            actor_id: expect.stringMatching(/^user_/),
          }),
        ])
      })

      it("is a 404 for an order paid cash on delivery, which has no transfer to receive", async () => {
        const { order } = await placeOrder(
          api,
          store,
          variant.id,
          "pp_system_default"
        )
        const headers = await adminHeaders(api, getContainer())
        const res = await responseOf(
          api.post(
            `/admin/ocop/orders/${order.id}/vietqr-received`,
            {},
            headers
          )
        )
        expect(res.status).toBe(404)
      })

      it("refuses anyone but the office", async () => {
        const { order } = await placeOrder(api, store, variant.id, VIETQR)
        const res = await responseOf(
          api.post(
            `/admin/ocop/orders/${order.id}/vietqr-received`,
            {},
            storeHeaders(store)
          )
        )
        expect(res.status).toBe(401)
        const { paymentStatus } = await paymentsOf(
          api,
          store,
          getContainer(),
          order.id
        )
        expect(paymentStatus).toBe("authorized")
      })
    })
  },
})
