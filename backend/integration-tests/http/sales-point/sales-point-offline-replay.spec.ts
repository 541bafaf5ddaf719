import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import { responseOf } from "../fixtures"
import {
  counterOrders,
  levelAt,
  movementsOf,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

// The console's offline queue (decision 404) replays each sale it kept while the
// network was down with the key it was queued under, through the same sales route,
// possibly several times (a lost answer, two tabs, a reload mid-replay).
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let s: SalesPointSetup
    let price: number
    const salesUrl = (point: any) => `/sales-point/points/${point.id}/sales`
    const withKey = (as: { headers: Record<string, string> }, key: string) => ({
      headers: { ...as.headers, "idempotency-key": key },
    })
    const stockA = () =>
      levelAt(getContainer(), s.variants[0].inventory_item_id, s.pointA.stock_location_id)
    const ordersAtA = async () =>
      (await counterOrders(getContainer())).filter((o: any) => o.metadata.sales_point_id === s.pointA.id)
    /** What the queue sends: the lines and the cash taken at the price the console had cached. */
    const queuedSale = (quantity: number) => ({
      items: [{ variant_id: s.variants[0].id, quantity }],
      payments: [{ method: "cash", amount: price * quantity, tendered: price * quantity }],
    })

    beforeEach(async () => {
      s = await setupSalesPoints(api, getContainer())
      // Point B sells one unit to learn the server's price (what the cached catalogue shows).
      const { data } = await responseOf(
        api.post(salesUrl(s.pointB), { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "card_at_counter" }, s.b)
      )
      price = data.sale.total
    })

    describe("POST /sales-point/points/:id/sales replayed from the offline queue", () => {
      it("records a queued sale once when it is replayed twice, and answers the replay with the same order", async () => {
        const key = "offline-7d1c2a44-5f7e-4a8b-9c0d-1e2f3a4b5c6d"
        const first = await responseOf(api.post(salesUrl(s.pointA), queuedSale(3), withKey(s.a, key)))
        expect(first.status).toBe(201)
        // The answer was lost (the network dropped again): the queue sends it once more.
        const again = await responseOf(api.post(salesUrl(s.pointA), queuedSale(3), withKey(s.a, key)))
        expect(again.status).toBe(201)
        expect(again.headers["idempotent-replayed"]).toBe("true")
        expect(again.data.sale.order_id).toBe(first.data.sale.order_id)

        const orders = await ordersAtA()
        expect(orders.map((o: any) => o.id)).toEqual([first.data.sale.order_id])
        expect(await stockA()).toEqual({ stocked: 17, reserved: 0 })
        const sold = (await movementsOf(getContainer(), s.pointA.id)).filter((m: any) => m.kind === "sale")
        expect(sold).toHaveLength(1)
        expect(sold[0]).toEqual(expect.objectContaining({ quantity: -3, reference: first.data.sale.order_id }))
        const cash = (await (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointPayments({ order_id: first.data.sale.order_id }))
        expect(cash).toHaveLength(1)
      })

      it("refuses a queued sale of stock sold meanwhile, naming the line and the numbers, and records nothing", async () => {
        // While the counter was offline, the web shop's pickups and the other till sold all but 1.
        await api.post(salesUrl(s.pointA), { items: [{ variant_id: s.variants[0].id, quantity: 19 }], payment_method: "cash" }, s.a)
        expect(await stockA()).toEqual({ stocked: 1, reserved: 0 })
        const { data: stock } = await api.get(`/sales-point/points/${s.pointA.id}/stock?limit=200`, s.a)
        const row = stock.stock.find((r: any) => r.variant_id === s.variants[0].id)

        const key = "offline-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"
        const refused = await responseOf(api.post(salesUrl(s.pointA), queuedSale(3), withKey(s.a, key)))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^items: out of stock at this sales point: ".+" has 1 available, 3 needed$/)
        expect(refused.data.message).toContain(row.product_title)
        expect(refused.data.shortfalls).toEqual([
          { variant_id: s.variants[0].id, location_id: s.pointA.stock_location_id, available: 1, needed: 3, expired: 0 },
        ])
        expect(await stockA()).toEqual({ stocked: 1, reserved: 0 })
        expect(await ordersAtA()).toHaveLength(1)

        // The staff member sells the corrected quantity: the refusal was not remembered.
        const corrected = await responseOf(api.post(salesUrl(s.pointA), queuedSale(1), withKey(s.a, key)))
        expect(corrected.status).toBe(201)
        expect(corrected.headers["idempotent-replayed"]).toBeUndefined()
        expect(await stockA()).toEqual({ stocked: 0, reserved: 0 })
        expect(await ordersAtA()).toHaveLength(2)
      })
    })
  },
})
