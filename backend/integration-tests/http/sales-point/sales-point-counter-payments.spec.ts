import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import { decodeVietQr } from "../../../../plugins/ocop/src/providers/vietqr/vietqr-payload"
import { responseOf } from "../fixtures"
import { RECONCILE_SECRET, reconcileHeaders } from "../payment-fixtures"
import {
  counterOrders,
  levelAt,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

process.env.VIETQR_RECONCILE_SECRET = RECONCILE_SECRET

// Paying at the counter: cash with change, card, VietQR, split; the server's sum decides.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    let price: number
    const pointUrl = (point: any, path: string) =>
      `/sales-point/points/${point.id}${path}`
    const paymentRows = () =>
      (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointPayments({})
    const one = () => [{ variant_id: s.variants[0].id, quantity: 2 }]
    const sell = (body: Record<string, unknown>, as = s.a, point = s.pointA) =>
      responseOf(api.post(pointUrl(point, "/sales"), { items: one(), ...body }, as))
    /** Refused, naming `field`, and nothing sold: no order, no payment, stock as it was. */
    async function expectRefused(res: any, field: string) {
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(field)
      // (Point B sold one unit in beforeEach, to learn the price.)
      expect(
        (await counterOrders(getContainer())).filter((o: any) => o.metadata.sales_point_id === s.pointA.id)
      ).toHaveLength(0)
      expect(
        (await paymentRows()).filter((p: any) => p.sales_point_id === s.pointA.id && p.method !== "vietqr")
      ).toHaveLength(0)
      expect(
        await levelAt(getContainer(), s.variants[0].inventory_item_id, s.pointA.stock_location_id)
      ).toEqual({ stocked: 20, reserved: 0 })
    }

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      // The server's price: what the sale will total for two units.
      const { data } = await responseOf(
        api.post(pointUrl(s.pointB, "/sales"), { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "card_at_counter" }, s.b)
      )
      price = data.sale.total
      await dbUtils.snapshot()
    })

    describe("POST /sales-point/points/:id/sales with payments", () => {
      it("takes cash handed over and answers the change to give; the receipt shows both", async () => {
        const total = price * 2
        const tendered = Math.ceil((total + 1) / 100_000) * 100_000
        const res = await sell({ payments: [{ method: "cash", amount: total, tendered }] })
        expect(res.status).toBe(201)
        expect(res.data.sale).toEqual(
          expect.objectContaining({ total, change: tendered - total, payment_method: "cash" })
        )
        const receipt = await api.get(pointUrl(s.pointA, `/orders/${res.data.sale.order_id}`), s.a)
        expect(receipt.data.receipt.payments).toEqual([
          expect.objectContaining({ method: "cash", amount: total, tendered, change: tendered - total }),
        ])
      })

      it("refuses cash short of the total, naming payments[0].tendered, and sells nothing", async () => {
        const res = await sell({ payments: [{ method: "cash", amount: price * 2, tendered: price * 2 - 1000 }] })
        await expectRefused(res, "payments[0].tendered")
        expect(res.data.message).toContain("1000 đồng short")
      })

      it("refuses a negative amount handed over, naming the field", async () => {
        const res = await sell({ payments: [{ method: "cash", amount: price * 2, tendered: -5 }] })
        await expectRefused(res, "tendered")
      })

      it("splits cash and card when the parts make the server's total; a part too few is a 400 naming payments", async () => {
        const total = price * 2
        const short = await sell({
          payments: [
            { method: "cash", amount: 10_000, tendered: 10_000 },
            { method: "card_at_counter", amount: total - 11_000 },
          ],
        })
        await expectRefused(short, "payments")
        expect(short.data.message).toContain(`the sale is ${total} đồng`)

        const ok = await sell({
          payments: [
            { method: "cash", amount: 10_000, tendered: 20_000 },
            { method: "card_at_counter", amount: total - 10_000, reference: "AP1234" },
          ],
        })
        expect(ok.status).toBe(201)
        expect(ok.data.sale).toEqual(expect.objectContaining({ payment_method: "split", change: 10_000 }))
        const { data } = await api.get(pointUrl(s.pointA, "/sales/summary"), s.a)
        expect(data.summary.by_payment_method.cash).toEqual({ orders: 1, total: 10_000 })
        // Point A's card line is the split's part; point B's card sale is its own.
        expect(data.summary.by_payment_method.card_at_counter).toEqual({ orders: 1, total: total - 10_000 })
      })

      it("refuses both payment_method and payments, or neither, naming payments", async () => {
        const both = await sell({ payment_method: "cash", payments: [{ method: "cash", amount: price * 2 }] })
        await expectRefused(both, "payments")
        const neither = await sell({})
        await expectRefused(neither, "payments")
      })
    })

    describe("VietQR at the counter", () => {
      const makeCode = (amount: number, as = s.a, point = s.pointA) =>
        responseOf(api.post(pointUrl(point, "/vietqr"), { amount }, as))

      it("shows a code for the exact sale; the sale waits for the staff member's confirmation", async () => {
        const total = price * 2
        const code = await makeCode(total)
        expect(code.status).toBe(201)
        const decoded = decodeVietQr(code.data.vietqr.payload)
        expect(decoded).toEqual(
          expect.objectContaining({ amount: total, purpose: code.data.vietqr.reference, crcValid: true })
        )
        expect(code.data.vietqr.reference).toMatch(/^OCOPQ[0-9A-Z]{12}$/)

        const unconfirmed = await sell({ payments: [{ method: "vietqr", amount: total, vietqr_id: code.data.vietqr.id }] })
        await expectRefused(unconfirmed, "payments[0].confirmed")

        const confirmed = await sell({ payments: [{ method: "vietqr", amount: total, vietqr_id: code.data.vietqr.id, confirmed: true }] })
        expect(confirmed.status).toBe(201)
        const [row] = (await paymentRows()).filter((p: any) => p.id === code.data.vietqr.id)
        expect(row).toEqual(
          expect.objectContaining({ status: "received", confirmed_by: "staff", order_id: confirmed.data.sale.order_id })
        )
        // One transfer pays one sale.
        const again = await sell({ payments: [{ method: "vietqr", amount: total, vietqr_id: code.data.vietqr.id, confirmed: true }] })
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("payments[0].vietqr_id")
      })

      it("lets the bank statement confirm the transfer when its amount matches; another amount confirms nothing", async () => {
        const total = price * 2
        const code = (await makeCode(total)).data.vietqr
        const wrong = await responseOf(
          api.post("/hooks/vietqr/reconcile", { reference: code.reference, amount: total - 1 }, reconcileHeaders())
        )
        expect(wrong.status).toBe(409)
        expect((await api.get(pointUrl(s.pointA, `/vietqr/${code.id}`), s.a)).data.vietqr.status).toBe("pending")

        const right = await responseOf(
          api.post("/hooks/vietqr/reconcile", { reference: code.reference, amount: total }, reconcileHeaders())
        )
        expect(right.status).toBe(200)
        expect((await api.get(pointUrl(s.pointA, `/vietqr/${code.id}`), s.a)).data.vietqr).toEqual(
          expect.objectContaining({ status: "received", confirmed_by: "bank" })
        )
        const sold = await sell({ payments: [{ method: "vietqr", amount: total, vietqr_id: code.id }] })
        expect(sold.status).toBe(201)
      })

      it("refuses a code of another point (404 to read it, 400 to pay with it) and a code for another amount", async () => {
        const total = price * 2
        const other = (await makeCode(total, s.b, s.pointB)).data.vietqr
        const read = await responseOf(api.get(pointUrl(s.pointA, `/vietqr/${other.id}`), s.a))
        expect(read.status).toBe(404)
        const theirs = await sell({ payments: [{ method: "vietqr", amount: total, vietqr_id: other.id, confirmed: true }] })
        await expectRefused(theirs, "payments[0].vietqr_id")

        const small = (await makeCode(1000)).data.vietqr
        const mismatch = await sell({
          payments: [
            { method: "vietqr", amount: 2000, vietqr_id: small.id, confirmed: true },
            { method: "cash", amount: total - 2000 },
          ],
        })
        await expectRefused(mismatch, "payments[0].amount")
      })
    })
  },
})
