import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, responseOf } from "../fixtures"
import { type SalesPointSetup, setupSalesPoints } from "../sales-point-fixtures"

// A till's shift: opened with a float, closed with the cash counted; the office sees them all.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let s: SalesPointSetup
    const pointUrl = (point: any, path: string) =>
      `/sales-point/points/${point.id}${path}`
    const sellOne = (payments: (total: number) => any[], quantity = 1) =>
      api.post(
        pointUrl(s.pointA, "/sales"),
        { items: [{ variant_id: s.variants[0].id, quantity }], payment_method: "cash" },
        s.a
      ).then(async (first: any) => {
        // The first sale tells the price; the second pays it as asked.
        const total = first.data.sale.total
        return api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: s.variants[0].id, quantity }], payments: payments(total) },
          s.a
        ).then((r: any) => ({ total, second: r.data.sale }))
      })

    beforeEach(async () => {
      s = await setupSalesPoints(api, getContainer())
    })

    it("opens with the float, counts cash and card sales of the shift, and closes with the difference recorded", async () => {
      const opened = await api.post(pointUrl(s.pointA, "/shifts"), { opening_float: 500_000 }, s.a)
      expect(opened.status).toBe(201)
      expect(opened.data.shift).toEqual(
        expect.objectContaining({ status: "open", opening_float: 500_000, expected_cash: 500_000 })
      )
      const again = await responseOf(api.post(pointUrl(s.pointA, "/shifts"), { opening_float: 0 }, s.a))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/^shift: /)

      const { total } = await sellOne((t) => [
        { method: "cash", amount: 1000, tendered: 2000 },
        { method: "card_at_counter", amount: t - 1000 },
      ])
      // Cash sales: the exact-cash first sale and the split's cash part; the change left the till.
      const expected = 500_000 + total + 1000
      const shiftId = opened.data.shift.id
      const report = (await api.get(pointUrl(s.pointA, `/shifts/${shiftId}`), s.a)).data.shift
      expect(report).toEqual(
        expect.objectContaining({
          orders: 2,
          sales: { cash: total + 1000, card_at_counter: total - 1000, vietqr: 0 },
          expected_cash: expected,
        })
      )

      const closed = await api.post(
        pointUrl(s.pointA, `/shifts/${shiftId}/close`),
        { counted_cash: expected - 10_000, note: "Thiếu 10.000" },
        s.a
      )
      expect(closed.status).toBe(201)
      expect(closed.data.shift).toEqual(
        expect.objectContaining({
          status: "closed",
          expected_cash: expected,
          counted_cash: expected - 10_000,
          difference: -10_000,
        })
      )
      const twice = await responseOf(
        api.post(pointUrl(s.pointA, `/shifts/${shiftId}/close`), { counted_cash: 1 }, s.a)
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/^shift_id: /)
      // A sale after closing belongs to no shift.
      await sellOne((t) => [{ method: "cash", amount: t }])
      const after = (await api.get(pointUrl(s.pointA, `/shifts/${shiftId}`), s.a)).data.shift
      expect(after.sales.cash).toBe(total + 1000)

      const office = await api.get("/admin/ocop/sales-point-shifts", await adminHeaders(api, getContainer()))
      expect(office.data.shifts).toEqual([
        expect.objectContaining({
          id: shiftId,
          sales_point_name: s.pointA.name,
          opened_by_name: `Nhân viên ${s.pointA.name}`,
          difference: -10_000,
        }),
      ])
    })

    it("gives another point's staff a 404 for the shift, and refuses a negative count naming the field", async () => {
      const shiftId = (await api.post(pointUrl(s.pointA, "/shifts"), { opening_float: 0 }, s.a)).data.shift.id
      const read = await responseOf(api.get(pointUrl(s.pointB, `/shifts/${shiftId}`), s.b))
      expect(read.status).toBe(404)
      const close = await responseOf(
        api.post(pointUrl(s.pointB, `/shifts/${shiftId}/close`), { counted_cash: 0 }, s.b)
      )
      expect(close.status).toBe(404)
      const otherPointUrl = await responseOf(
        api.post(pointUrl(s.pointA, `/shifts/${shiftId}/close`), { counted_cash: 0 }, s.b)
      )
      expect(otherPointUrl.status).toBe(404)
      const negative = await responseOf(
        api.post(pointUrl(s.pointA, `/shifts/${shiftId}/close`), { counted_cash: -1 }, s.a)
      )
      expect(negative.status).toBe(400)
      expect(negative.data.message).toContain("counted_cash")
      expect((await api.get(pointUrl(s.pointA, `/shifts/${shiftId}`), s.a)).data.shift.status).toBe("open")
    })
  },
})
