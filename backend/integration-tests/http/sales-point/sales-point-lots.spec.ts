import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { openPaymentSession } from "../payment-fixtures"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import { createCounterSaleWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import { responseOf, storeHeaders } from "../fixtures"
import {
  counterOrders,
  levelAt,
  movementsOf,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

// A day in Vietnam (UTC+7), `days` from today, as the API takes dates: YYYY-MM-DD.
const day = (days: number) => {
  const d = new Date(Date.now() + 7 * 3600 * 1000)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

// Lots and expiry dates at a sales point (decision 405). Both fixture products are
// food (OCOP sets 09 and 08): they are received with a lot and its expiry date.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    const pointUrl = (path: string) => `/sales-point/points/${s.pointA.id}${path}`
    const variant = () => s.variants[0]
    const stock = () =>
      levelAt(getContainer(), variant().inventory_item_id, s.pointA.stock_location_id)
    const lots = () => (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointLots({ sales_point_id: s.pointA.id })
    const receive = (lot_code: string, expires_on: string, quantity: number, extra: Record<string, unknown> = {}) =>
      api.post(pointUrl("/receive"), { variant_id: variant().id, quantity, lot_code, expires_on, ...extra }, s.a)
    const sell = (quantity: number) =>
      responseOf(api.post(pointUrl("/sales"), { items: [{ variant_id: variant().id, quantity }], payment_method: "cash" }, s.a))
    const lotByCode = async (code: string) => (await lots()).find((l: any) => l.lot_code === code)

    beforeAll(async () => {
      // No opening stock: every unit at the point belongs to a lot.
      s = await setupSalesPoints(api, getContainer(), 0)
      await dbUtils.snapshot()
    })

    it("sells the earliest expiry first and takes the rest of a sale from the next lot", async () => {
      // The later lot arrives first: the order is by expiry date, not by arrival.
      await receive("LATE-02", day(90), 10)
      await receive("EARLY-01", day(20), 5)
      expect(await stock()).toEqual({ stocked: 15, reserved: 0 })

      const sold = await sell(7)
      expect(sold.status).toBe(201)
      expect(await stock()).toEqual({ stocked: 8, reserved: 0 })
      expect(await lotByCode("EARLY-01")).toEqual(expect.objectContaining({ remaining_quantity: 0, received_quantity: 5 }))
      expect(await lotByCode("LATE-02")).toEqual(expect.objectContaining({ remaining_quantity: 8, received_quantity: 10 }))

      // The receipt says which lots its units came from.
      const receipt = (await api.get(pointUrl(`/orders/${sold.data.sale.order_id}`), s.a)).data.receipt
      expect(receipt.lines[0].lots).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ lot_code: "EARLY-01", expires_on: day(20), quantity: 5 }),
          expect.objectContaining({ lot_code: "LATE-02", expires_on: day(90), quantity: 2 }),
        ])
      )
    })

    it("refuses to sell an expired lot, and expired units do not count as sellable", async () => {
      await receive("OLD-01", day(10), 3)
      // Time passes: the lot's date is now behind us.
      const old = await lotByCode("OLD-01")
      await (getContainer().resolve(SALES_POINT_MODULE) as any).updateSalesPointLots({ id: old.id, expires_on: day(-1) })

      const refused = await sell(1)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("items")
      expect(refused.data.message).toContain("has 0 available, 1 needed")
      expect(refused.data.message).toContain("expired")
      expect(refused.data.shortfalls).toEqual([
        { variant_id: variant().id, location_id: s.pointA.stock_location_id, available: 0, needed: 1, expired: 3 },
      ])
      expect(await stock()).toEqual({ stocked: 3, reserved: 0 })
      expect(await counterOrders(getContainer())).toHaveLength(0)
      // The counter's stock list does not count them as available either.
      const listed = (await api.get(pointUrl("/stock?limit=200"), s.a)).data.stock.find((r: any) => r.variant_id === variant().id)
      expect(listed).toEqual(expect.objectContaining({ stocked_quantity: 3, expired_quantity: 3, available_quantity: 0 }))

      // A fresh lot of 2 beside the 3 expired units: 2 can be sold, not 3.
      await receive("NEW-02", day(60), 2)
      const tooMany = await sell(3)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("has 2 available, 3 needed")
      expect((await sell(2)).status).toBe(201)
      expect(await lotByCode("OLD-01")).toEqual(expect.objectContaining({ remaining_quantity: 3 }))
      expect(await lotByCode("NEW-02")).toEqual(expect.objectContaining({ remaining_quantity: 0 }))

      // Written off as expired, the units leave the expired lot.
      const off = await api.post(pointUrl("/adjust"), { variant_id: variant().id, adjustment: -3, reason: "expiry" }, s.a)
      expect(off.status).toBe(201)
      expect(await lotByCode("OLD-01")).toEqual(expect.objectContaining({ remaining_quantity: 0 }))
      expect(await stock()).toEqual({ stocked: 0, reserved: 0 })
    })

    it("refuses a food product's delivery without its lot or expiry date, naming the field, and writes nothing", async () => {
      const noExpiry = await responseOf(
        api.post(pointUrl("/receive"), { variant_id: variant().id, quantity: 4, lot_code: "L-01" }, s.a)
      )
      expect(noExpiry.status).toBe(400)
      expect(noExpiry.data).toEqual(expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("expires_on") }))

      const noLot = await responseOf(
        api.post(pointUrl("/receive"), { variant_id: variant().id, quantity: 4, expires_on: day(30) }, s.a)
      )
      expect(noLot.status).toBe(400)
      expect(noLot.data.message).toContain("lot_code")

      const expired = await responseOf(receive("L-02", day(-1), 4))
      expect(expired.status).toBe(400)
      expect(expired.data.message).toContain("expires_on")

      const notADay = await responseOf(receive("L-03", "2026-02-30", 4))
      expect(notADay.status).toBe(400)
      expect(notADay.data.message).toContain("expires_on")

      expect(await stock()).toEqual({ stocked: 0, reserved: 0 })
      expect(await lots()).toHaveLength(0)
      expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(0)
    })

    it("lists under 'Sắp hết hạn' a lot expiring within 30 days and not one expiring later", async () => {
      await receive("SOON-01", day(12), 4)
      await receive("LATER-02", day(45), 4)
      const { data } = await api.get(pointUrl("/lots?expiring_within=30"), s.a)
      expect(data.lots.map((l: any) => l.lot_code)).toEqual(["SOON-01"])
      expect(data.lots[0]).toEqual(
        expect.objectContaining({ expires_on: day(12), days_left: 12, expired: false, remaining_quantity: 4, product_title: expect.any(String) })
      )
      const all = await api.get(pointUrl("/lots"), s.a)
      expect(all.data.lots.map((l: any) => l.lot_code)).toEqual(["SOON-01", "LATER-02"])
    })

    it("traces a lot from its receipt to its sales, and the shop's trace page reads its dates", async () => {
      await receive("TRACE-7", day(40), 6, { produced_on: day(-5) })
      const first = await sell(2)
      const second = await sell(3)
      const lot = await lotByCode("TRACE-7")

      const { data } = await api.get(pointUrl(`/lots/${lot.id}`), s.a)
      expect(data.lot).toEqual(expect.objectContaining({ lot_code: "TRACE-7", expires_on: day(40), produced_on: day(-5), remaining_quantity: 1 }))
      expect(data.trace.map((t: any) => [t.kind, t.quantity])).toEqual([
        ["receive", 6],
        ["sale", -2],
        ["sale", -3],
      ])
      const orders = await counterOrders(getContainer())
      const displayIds = (await Promise.all(
        [first, second].map(async (r) => (await api.get(pointUrl(`/orders/${r.data.sale.order_id}`), s.a)).data.receipt.display_id)
      )) as number[]
      expect(orders).toHaveLength(2)
      expect(data.trace.slice(1).map((t: any) => t.order_display_id)).toEqual(displayIds)
      expect(data.trace[0].staff_name).toEqual(expect.stringContaining("Nhân viên"))

      // Another point's staff cannot read it.
      expect((await responseOf(api.get(`/sales-point/points/${s.pointB.id}/lots/${lot.id}`, s.b))).status).toBe(404)

      // The public trace page: the lot's dates, nothing about sales.
      const shop = await api.get(`/store/ocop/products/${variant().product_handle}/lots/TRACE-7`, storeHeaders(s.store))
      expect(shop.data.lot).toEqual(
        expect.objectContaining({ lot_code: "TRACE-7", expires_on: day(40), produced_on: day(-5), expired: false })
      )
      expect(JSON.stringify(shop.data)).not.toContain("remaining")
      const unknown = await responseOf(api.get(`/store/ocop/products/${variant().product_handle}/lots/NOPE-1`, storeHeaders(s.store)))
      expect(unknown.status).toBe(404)
    })

    it("puts returned units back on their lot and carries lots with a transfer", async () => {
      await receive("RET-1", day(30), 4)
      const sold = await sell(3)
      await api.post(pointUrl(`/orders/${sold.data.sale.order_id}/returns`), { items: [{ variant_id: variant().id, quantity: 2 }] }, s.a)
      expect(await lotByCode("RET-1")).toEqual(expect.objectContaining({ remaining_quantity: 3 }))

      const sent = await api.post(pointUrl("/transfers"), { to_sales_point_id: s.pointB.id, variant_id: variant().id, quantity: 2 }, s.a)
      const transfer = sent.data.transfers?.[0] ?? sent.data.transfer
      await api.post(`/sales-point/points/${s.pointB.id}/transfers/${transfer.id}/receive`, {}, s.b)
      const atB = await (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointLots({ sales_point_id: s.pointB.id })
      expect(atB).toEqual([expect.objectContaining({ lot_code: "RET-1", expires_on: day(30), remaining_quantity: 2 })])
      expect(await lotByCode("RET-1")).toEqual(expect.objectContaining({ remaining_quantity: 1 }))
    })

    it("never lets lots claim more than Medusa stocks when units leave outside the counter", async () => {
      await receive("WEB-1", day(30), 10)
      // An online order fulfilled from the point takes 4 units in Medusa's inventory.
      await getContainer()
        .resolve(Modules.INVENTORY)
        .adjustInventory([{ inventoryItemId: variant().inventory_item_id, locationId: s.pointA.stock_location_id, adjustment: -4 }])
      expect((await sell(1)).status).toBe(201)
      expect(await stock()).toEqual({ stocked: 5, reserved: 0 })
      expect(await lotByCode("WEB-1")).toEqual(expect.objectContaining({ remaining_quantity: 5 }))
    })

    it("takes an online pickup fulfilled at the point off its lots at once, earliest expiry first", async () => {
      await receive("WEB-EARLY", day(15), 3)
      await receive("WEB-LATE", day(60), 5)
      const headers = storeHeaders(s.store)
      const { data } = await api.post("/store/carts", { region_id: s.store.regionId, email: "khach@example.vn" }, headers)
      const cartId = data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant().id, quantity: 4 }, headers)
      const options = (await api.get(`/store/shipping-options?cart_id=${cartId}&fields=+service_zone.fulfillment_set.location.id`, headers)).data.shipping_options
      const pickup = options.find((o: any) => o.service_zone.fulfillment_set.location?.id === s.pointA.stock_location_id)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id }, headers)
      await openPaymentSession(api, s.store, cartId, "pp_system_default")
      const order = (await api.post(`/store/carts/${cartId}/complete`, {}, headers)).data.order
      expect(await stock()).toEqual({ stocked: 8, reserved: 4 })

      const taken = TestEventUtils.waitSubscribersExecution(OrderWorkflowEvents.FULFILLMENT_CREATED, getContainer().resolve(Modules.EVENT_BUS))
      await createOrderFulfillmentWorkflow(getContainer()).run({
        input: { order_id: order.id, location_id: s.pointA.stock_location_id, items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
      })
      await taken
      expect(await stock()).toEqual({ stocked: 4, reserved: 0 })
      expect(await lotByCode("WEB-EARLY")).toEqual(expect.objectContaining({ remaining_quantity: 0 }))
      expect(await lotByCode("WEB-LATE")).toEqual(expect.objectContaining({ remaining_quantity: 4 }))
      const early = await lotByCode("WEB-EARLY")
      const { data: traced } = await api.get(pointUrl(`/lots/${early.id}`), s.a)
      expect(traced.trace.map((t: any) => [t.kind, t.quantity])).toEqual([
        ["receive", 3],
        ["reconcile", -3],
      ])
      expect(traced.trace[1].reference).toBe(order.id)
    })

    it("puts lots back as they were when a counter sale fails late", async () => {
      await receive("COMP-1", day(20), 2)
      await receive("COMP-2", day(50), 5)
      const workflow = createCounterSaleWorkflow(getContainer())
      workflow.addAction(
        "fail-at-the-end",
        { invoke: async () => { throw new Error("late failure") } },
        { noCompensation: true }
      )
      const { errors } = await workflow.run({
        input: {
          sales_point_id: s.pointA.id,
          location_id: s.pointA.stock_location_id,
          staff: { id: null, email: null },
          items: [{ variant_id: variant().id, quantity: 4 }],
          payment_method: "cash",
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain("late failure")
      expect(await lotByCode("COMP-1")).toEqual(expect.objectContaining({ remaining_quantity: 2 }))
      expect(await lotByCode("COMP-2")).toEqual(expect.objectContaining({ remaining_quantity: 5 }))
      const lotLines = await (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointLotMovements({ kind: "sale" })
      expect(lotLines).toHaveLength(0)
      expect(await stock()).toEqual({ stocked: 7, reserved: 0 })
    })
  },
})
