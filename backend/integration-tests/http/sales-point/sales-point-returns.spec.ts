import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { responseOf } from "../fixtures"
import {
  levelAt,
  movementsOf,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

// A receipt's line brought back to the counter: stock back in, money back the same way.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let s: SalesPointSetup
    const pointUrl = (point: any, path: string) =>
      `/sales-point/points/${point.id}${path}`
    const stock = () =>
      levelAt(getContainer(), s.variants[0].inventory_item_id, s.pointA.stock_location_id)

    beforeEach(async () => {
      s = await setupSalesPoints(api, getContainer())
    })

    it("puts returned units back in stock with a ledger line and refunds them in cash, in the open shift", async () => {
      const shift = (await api.post(pointUrl(s.pointA, "/shifts"), { opening_float: 100_000 }, s.a)).data.shift
      const sold = (
        await api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: s.variants[0].id, quantity: 3 }], payment_method: "cash" },
          s.a
        )
      ).data.sale
      const unit = sold.total / 3
      expect(await stock()).toEqual({ stocked: 17, reserved: 0 })

      const back = await api.post(
        pointUrl(s.pointA, `/orders/${sold.order_id}/returns`),
        { items: [{ variant_id: s.variants[0].id, quantity: 2 }] },
        s.a
      )
      expect(back.status).toBe(201)
      expect(back.data.return).toEqual(
        expect.objectContaining({ amount: 2 * unit, refunds: [expect.objectContaining({ method: "cash", amount: 2 * unit })] })
      )
      expect(await stock()).toEqual({ stocked: 19, reserved: 0 })
      const lines = await movementsOf(getContainer(), s.pointA.id)
      expect(lines.find((m: any) => m.kind === "return")).toEqual(
        expect.objectContaining({ quantity: 2, quantity_before: 17, quantity_after: 19, reference: sold.order_id })
      )
      const report = (await api.get(pointUrl(s.pointA, `/shifts/${shift.id}`), s.a)).data.shift
      expect(report.refunds.cash).toBe(2 * unit)
      expect(report.expected_cash).toBe(100_000 + sold.total - 2 * unit)
      const receipt = (await api.get(pointUrl(s.pointA, `/orders/${sold.order_id}`), s.a)).data.receipt
      expect(receipt.payments.filter((p: any) => p.kind === "refund")).toEqual([
        expect.objectContaining({ method: "cash", amount: 2 * unit }),
      ])

      // Only 1 of the 3 is left to return.
      const more = await responseOf(
        api.post(
          pointUrl(s.pointA, `/orders/${sold.order_id}/returns`),
          { items: [{ variant_id: s.variants[0].id, quantity: 2 }] },
          s.a
        )
      )
      expect(more.status).toBe(400)
      expect(more.data.message).toContain("items[0].quantity")
      expect(await stock()).toEqual({ stocked: 19, reserved: 0 })
    })

    it("refunds a card sale by card, refuses a line not on the receipt, and gives another point's staff a 404", async () => {
      const sold = (
        await api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "card_at_counter" },
          s.a
        )
      ).data.sale
      const other = s.variants.find((v) => v.id !== s.variants[0].id)!
      const notOnIt = await responseOf(
        api.post(pointUrl(s.pointA, `/orders/${sold.order_id}/returns`), { items: [{ variant_id: other.id, quantity: 1 }] }, s.a)
      )
      expect(notOnIt.status).toBe(400)
      expect(notOnIt.data.message).toContain("items[0].variant_id")
      const theirs = await responseOf(
        api.post(pointUrl(s.pointB, `/orders/${sold.order_id}/returns`), { items: [{ variant_id: s.variants[0].id, quantity: 1 }] }, s.b)
      )
      expect(theirs.status).toBe(404)
      const card = await api.post(
        pointUrl(s.pointA, `/orders/${sold.order_id}/returns`),
        { items: [{ variant_id: s.variants[0].id, quantity: 1 }] },
        s.a
      )
      expect(card.data.return.refunds).toEqual([expect.objectContaining({ method: "card_at_counter", amount: sold.total })])
      expect(await stock()).toEqual({ stocked: 20, reserved: 0 })
    })
  },
})
