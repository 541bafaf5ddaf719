import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop } from "../fixtures"

const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedShop(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      headers = await adminHeaders(api, getContainer())
    })

    describe("GET /admin/ocop/dashboard", () => {
      it("counts the seeded catalog by stars, province and sector", async () => {
        const { data } = await api.get("/admin/ocop/dashboard", headers)
        const { dashboard } = data
        expect(dashboard.products_total).toBe(42)
        expect(
          dashboard.products_by_stars.map((b: any) => [b.value, b.count])
        ).toEqual([
          [5, 4],
          [4, 19],
          [3, 19],
        ])
        for (const bar of dashboard.products_by_stars)
          expect(bar.active + bar.expired).toBe(bar.count)
        expect(dashboard.products_by_province).toEqual([
          { value: "91", label: "Tỉnh An Giang", count: 33 },
          { value: "92", label: expect.any(String), count: 9 },
        ])
        const sectors = dashboard.products_by_sector
        expect(sectors.reduce((n: number, b: any) => n + b.count, 0)).toBe(42)
        expect(sectors[0]).toEqual(
          expect.objectContaining({ value: 1, label: "I. Thực phẩm" })
        )
      })

      it("counts every producer once by its type, with Vietnamese labels", async () => {
        const { data } = await api.get("/admin/ocop/dashboard", headers)
        const producers = await (
          getContainer().resolve(PRODUCER_MODULE) as any
        ).listProducers({}, { select: ["id", "type"] })
        const bars = data.dashboard.producers_by_type
        expect(bars.reduce((n: number, b: any) => n + b.count, 0)).toBe(
          producers.length
        )
        const cooperatives = producers.filter(
          (p: any) => p.type === "cooperative"
        ).length
        expect(bars).toContainEqual({
          value: "cooperative",
          label: "Hợp tác xã (HTX)",
          count: cooperatives,
        })
      })

      it("lists the active certificates ending within 90 days of the given day, soonest first", async () => {
        const certifications = await (
          getContainer().resolve(CERTIFICATION_MODULE) as any
        ).listCertifications({ status: "active" })
        const lastDay = (c: any) =>
          c.valid_until
            ? new Date(c.valid_until).toISOString().slice(0, 10)
            : c.recognized_year
              ? `${c.recognized_year + 3}-12-31`
              : null
        const ends = certifications
          .map(lastDay)
          .filter(Boolean)
          .sort() as string[]
        // A day 30 days before the first certificate ends: it must be listed.
        const today = addDays(ends[0], -30)
        const expected = certifications
          .filter((c: any) => {
            const end = lastDay(c)
            return end && end >= today && end <= addDays(today, 90)
          })
          .map((c: any) => c.id)
          .sort()

        const { data } = await api.get(
          `/admin/ocop/dashboard?today=${today}`,
          headers
        )
        const listed = data.dashboard.expiring.certifications
        expect(data.dashboard.expiring.within_days).toBe(90)
        expect(listed.map((c: any) => c.id).sort()).toEqual(expected)
        expect(listed[0]).toEqual(
          expect.objectContaining({
            valid_until: ends[0],
            days_left: 30,
            product: expect.objectContaining({ title: expect.any(String) }),
            producer: expect.objectContaining({ name: expect.any(String) }),
          })
        )
        const days = listed.map((c: any) => c.days_left)
        expect(days).toEqual([...days].sort((a, b) => a - b))
      })

      it("sums the orders of OCOP products per month", async () => {
        const { data: products } = await api.get(
          "/admin/products?limit=1&fields=id,variants.id",
          headers
        )
        const before = await api.get("/admin/ocop/dashboard", headers)
        expect(before.data.dashboard.sales_by_month).toEqual([])

        const { result: order } = await createOrderWorkflow(getContainer()).run(
          {
            input: {
              region_id: store.regionId,
              sales_channel_id: store.salesChannelId,
              currency_code: "vnd",
              email: "buyer@ocop.test",
              items: [
                {
                  variant_id: products.products[0].variants[0].id,
                  quantity: 3,
                },
              ],
            } as any,
          }
        )
        const { data } = await api.get("/admin/ocop/dashboard", headers)
        const month = new Intl.DateTimeFormat("en-CA", {
          timeZone: "Asia/Ho_Chi_Minh",
        })
          .format(new Date(order.created_at))
          .slice(0, 7)
        expect(data.dashboard.sales_by_month).toEqual([
          {
            month,
            orders: 1,
            quantity: 3,
            revenue_vnd: 3 * Number(order.items![0].unit_price),
          },
        ])
      })

      it("rejects a malformed day naming the field", async () => {
        const res = await responseOf(
          api.get("/admin/ocop/dashboard?today=27-11-2026", headers)
        )
        expect(res.status).toBe(400)
        expect(res.data).toEqual(
          expect.objectContaining({
            type: "invalid_data",
            message: expect.stringContaining("today"),
          })
        )
      })

      it("is for the office only", async () => {
        const res = await responseOf(api.get("/admin/ocop/dashboard"))
        expect(res.status).toBe(401)
      })
    })
  },
})
