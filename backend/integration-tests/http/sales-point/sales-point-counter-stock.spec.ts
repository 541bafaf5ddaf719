import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { vietnamToday } from "@ocop-market/medusa-plugin-ocop/workflows"
import { ensureExperiences } from "../../../src/scripts/seed/experiences"
import { responseOf } from "../fixtures"
import { type SalesPointSetup, setupSalesPoints } from "../sales-point-fixtures"

// The counter's view of its stock: goods only, filters, sort, and a ledger and
// receipt that name products, orders and people instead of ids.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    const pointUrl = (point: any, path: string) =>
      `/sales-point/points/${point.id}${path}`

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      await dbUtils.snapshot()
    })

    /** An experience date seat with an inventory level at point A, as older seeds left them. */
    async function experienceSeatAtPointA() {
      await ensureExperiences(getContainer(), s.store, {
        today: vietnamToday(),
        weeks: 1,
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id", "product.experience.id"],
      })
      const seat: any = data.find(
        (v: any) => v.product?.experience?.id && v.inventory_items?.length
      )
      await getContainer()
        .resolve(Modules.INVENTORY)
        .createInventoryLevels([
          {
            inventory_item_id: seat.inventory_items[0].inventory_item_id,
            location_id: s.pointA.stock_location_id,
            stocked_quantity: 2,
          },
        ])
      return seat.id as string
    }

    describe("GET /sales-point/points/:id/stock", () => {
      it("lists goods only: an experience's date seat held at the point never appears, and cannot be received", async () => {
        const seatId = await experienceSeatAtPointA()
        const { data } = await api.get(pointUrl(s.pointA, "/stock"), s.a)
        expect(data.count).toBe(s.variants.length)
        expect(data.stock.map((r: any) => r.variant_id)).not.toContain(seatId)
        const low = await api.get(pointUrl(s.pointA, "/stock?low_only=true"), s.a)
        expect(low.data.stock.map((r: any) => r.variant_id)).not.toContain(seatId)
        const variants = await api.get(pointUrl(s.pointA, "/variants"), s.a)
        expect(
          variants.data.variants.map((v: any) => v.variant_id)
        ).not.toContain(seatId)

        const received = await responseOf(
          api.post(
            pointUrl(s.pointA, "/receive"),
            { variant_id: seatId, quantity: 1 },
            s.a
          )
        )
        expect(received.status).toBe(400)
        expect(received.data.message).toMatch(/^variant_id: .*experience/)
      })

      it("filters by OCOP set and producer, lists both for the selects, and sorts by name or what is available", async () => {
        const all = await api.get(pointUrl(s.pointA, "/stock"), s.a)
        const first = all.data.stock[0]
        expect(first).toEqual(
          expect.objectContaining({
            category_set: expect.stringMatching(/^\d{2}$/),
            stars: expect.any(Number),
            producer_id: expect.any(String),
            producer_name: expect.any(String),
          })
        )
        expect(all.data.facets.category_sets).toContain(first.category_set)
        expect(all.data.facets.producers).toContainEqual({
          id: first.producer_id,
          name: first.producer_name,
        })

        const byProducer = await api.get(
          pointUrl(s.pointA, `/stock?producer_id=${first.producer_id}`),
          s.a
        )
        expect(byProducer.data.count).toBeGreaterThan(0)
        expect(
          byProducer.data.stock.every(
            (r: any) => r.producer_id === first.producer_id
          )
        ).toBe(true)
        const bySet = await api.get(
          pointUrl(s.pointA, `/stock?category_set=${first.category_set}`),
          s.a
        )
        expect(
          bySet.data.stock.every(
            (r: any) => r.category_set === first.category_set
          )
        ).toBe(true)
        // A set no product here belongs to gives an empty page, not everything.
        const otherSet = all.data.facets.category_sets.includes("26") ? "25" : "26"
        const none = await api.get(
          pointUrl(s.pointA, `/stock?category_set=${otherSet}`),
          s.a
        )
        expect(none.data.count).toBe(0)

        // Sell 3 of the first variant: it becomes the one with the fewest available.
        const target = s.variants[0]
        await api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: target.id, quantity: 3 }], payment_method: "cash" },
          s.a
        )
        const fewest = await api.get(pointUrl(s.pointA, "/stock?sort=available"), s.a)
        expect(fewest.data.stock[0].variant_id).toBe(target.id)
        const most = await api.get(pointUrl(s.pointA, "/stock?sort=-available"), s.a)
        expect(most.data.stock.at(-1).variant_id).toBe(target.id)
        const names = await api.get(pointUrl(s.pointA, "/stock?sort=name"), s.a)
        const titles = names.data.stock.map((r: any) => r.product_title)
        expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      })

      it("refuses a set outside 01–26 or an unknown sort, naming the field", async () => {
        const set = await responseOf(
          api.get(pointUrl(s.pointA, "/stock?category_set=27"), s.a)
        )
        expect(set.status).toBe(400)
        expect(set.data.message).toContain("category_set")
        const sort = await responseOf(
          api.get(pointUrl(s.pointA, "/stock?sort=price"), s.a)
        )
        expect(sort.status).toBe(400)
        expect(sort.data.message).toContain("sort")
      })
    })

    describe("GET /sales-point/points/:id/movements", () => {
      it("names the product, the order number and the staff member of every line, in JSON and CSV", async () => {
        const sold = await api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "cash" },
          s.a
        )
        const { data } = await api.get(pointUrl(s.pointA, "/movements"), s.a)
        const [line] = data.movements
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["display_id"],
          filters: { id: sold.data.sale.order_id },
        })
        expect(line).toEqual(
          expect.objectContaining({
            kind: "sale",
            product_title: expect.any(String),
            order_display_id: orders[0].display_id,
            staff_name: `Nhân viên ${s.pointA.name}`,
          })
        )
        expect(line.product_title).not.toMatch(/^variant_/)
        const csv = await api.get(pointUrl(s.pointA, "/movements?format=csv"), s.a)
        expect(csv.data).toContain(line.product_title)
        expect(csv.data).toContain(`Nhân viên ${s.pointA.name}`)
      })
    })

    describe("GET /sales-point/points/:id/orders/:order_id", () => {
      it("puts the staff member's name on the receipt, not their login", async () => {
        const sold = await api.post(
          pointUrl(s.pointA, "/sales"),
          { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "cash" },
          s.a
        )
        const { data } = await api.get(
          pointUrl(s.pointA, `/orders/${sold.data.sale.order_id}`),
          s.a
        )
        expect(data.receipt.staff_name).toBe(`Nhân viên ${s.pointA.name}`)
      })
    })
  },
})
