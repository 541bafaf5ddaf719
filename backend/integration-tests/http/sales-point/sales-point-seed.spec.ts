import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import {
  demoStaffEmail,
  ensureSalesPoints,
} from "../../../src/scripts/seed/sales-points"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"

const PASSWORD = "s3cret-staff-demo"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("the sales point seed", () => {
      it("creates the planned points of An Giang and Cần Thơ with stock and one working staff login each, and changes nothing when run again", async () => {
        const container = getContainer()
        await seedShop(container, ["p02", "p04"])
        const logins = await ensureSalesPoints(container, PASSWORD)
        expect(logins.length).toBeGreaterThanOrEqual(4)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: ["id", "handle", "province_code", "stock_location.id"],
        })
        expect(new Set(points.map((p: any) => p.province_code))).toEqual(
          new Set(["91", "92"])
        )
        const inventory = container.resolve(Modules.INVENTORY)
        const stockOf = async () =>
          Promise.all(
            points.map(async (p: any) =>
              (
                await inventory.listInventoryLevels({
                  location_id: p.stock_location.id,
                })
              )
                .map((l) => Number(l.stocked_quantity))
                .reduce((a, b) => a + b, 0)
            )
          )
        const before = await stockOf()
        expect(before.every((units) => units > 0)).toBe(true)

        for (const login of logins) {
          const { data } = await api.post("/auth/sales_point_staff/emailpass", {
            email: login.email,
            password: PASSWORD,
          })
          const me = await api.get("/sales-point/me", {
            headers: { authorization: `Bearer ${data.token}` },
          })
          expect(me.data.sales_points.map((p: any) => p.id)).toEqual([
            login.sales_point_id,
          ])
          expect(login.email).toBe(
            demoStaffEmail(me.data.sales_points[0].handle)
          )
        }

        await ensureSalesPoints(container, PASSWORD)
        const ocop = container.resolve(SALES_POINT_MODULE) as any
        expect(await ocop.listSalesPoints({})).toHaveLength(points.length)
        expect(await ocop.listSalesPointStaffs({})).toHaveLength(logins.length)
        expect(await stockOf()).toEqual(before)
      })
    })

    describe("GET /store/ocop/sales-points", () => {
      it("lists the points by province with address, hours and phone, and where a product is in stock without counts", async () => {
        const container = getContainer()
        const store = await seedShop(container, ["p02", "p04"])
        await ensureSalesPoints(container)
        const { data } = await api.get(
          "/store/ocop/sales-points?province_code=92",
          storeHeaders(store)
        )
        expect(data.sales_points.length).toBeGreaterThan(0)
        for (const p of data.sales_points) {
          expect(p).toEqual(
            expect.objectContaining({
              name: expect.any(String),
              address: expect.any(String),
              opening_hours: expect.any(String),
              phone: expect.any(String),
              province: { code: "92", name: "Thành phố Cần Thơ" },
            })
          )
          expect(p).not.toHaveProperty("stock_location_id")
        }

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "variants.inventory_items.inventory_item_id"],
        })
        const product: any = products[0]
        const itemIds = product.variants.map(
          (v: any) => v.inventory_items[0].inventory_item_id
        )
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: ["id", "stock_location.id"],
        })
        const inventory = container.resolve(Modules.INVENTORY)
        // Point 0: plenty; point 1: 2 left of one pack; every other point: none.
        for (const [i, p] of (points as any[]).entries()) {
          const levels = await inventory.listInventoryLevels({
            location_id: p.stock_location.id,
            inventory_item_id: itemIds,
          })
          await inventory.updateInventoryLevels(
            levels.map((l, j) => ({
              inventory_item_id: l.inventory_item_id,
              location_id: l.location_id,
              stocked_quantity: i === 0 ? 40 : i === 1 && j === 0 ? 2 : 0,
            }))
          )
        }
        const res = await api.get(
          `/store/ocop/sales-points?product_id=${product.id}`,
          storeHeaders(store)
        )
        const byId = Object.fromEntries(
          res.data.sales_points.map((p: any) => [p.id, p.availability])
        )
        expect(byId).toEqual({
          [(points[0] as any).id]: "in_stock",
          [(points[1] as any).id]: "few_left",
        })
        expect(JSON.stringify(res.data)).not.toMatch(/quantity/)
      })

      it("refuses a malformed province code, naming it", async () => {
        const store = await seedShop(getContainer(), ["p02"])
        const res = await responseOf(
          api.get(
            "/store/ocop/sales-points?province_code=An+Giang",
            storeHeaders(store)
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("province_code")
      })
    })

    describe("GET /admin/ocop/sales-points?product_id=", () => {
      it("gives the office each point's stocked, reserved and available units of the product", async () => {
        const container = getContainer()
        await seedShop(container, ["p02"])
        await ensureSalesPoints(container)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: [
            "id",
            "variants.id",
            "variants.inventory_items.inventory_item_id",
          ],
        })
        const product: any = products[0]
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: ["id", "stock_location.id"],
        })
        const first: any = points[0]
        const inventory = container.resolve(Modules.INVENTORY)
        const itemId = product.variants[0].inventory_items[0].inventory_item_id
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: itemId,
            location_id: first.stock_location.id,
            stocked_quantity: 9,
          },
        ])
        await inventory.createReservationItems([
          {
            inventory_item_id: itemId,
            location_id: first.stock_location.id,
            quantity: 4,
          },
        ])
        const { data } = await api.get(
          `/admin/ocop/sales-points?product_id=${product.id}`,
          await adminHeaders(api, container)
        )
        expect(data.sales_points).toHaveLength(points.length)
        const line = data.sales_points
          .find((p: any) => p.id === first.id)
          .stock.find((l: any) => l.variant_id === product.variants[0].id)
        expect(line).toEqual(
          expect.objectContaining({
            stocked_quantity: 9,
            reserved_quantity: 4,
            available_quantity: 5,
          })
        )
      })
    })
  },
})
