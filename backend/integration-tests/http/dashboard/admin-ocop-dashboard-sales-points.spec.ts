import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { adminHeaders } from "../fixtures"
import { setupSalesPoints, type SalesPointSetup } from "../sales-point-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SalesPointSetup
    let headers: { headers: Record<string, string> }

    beforeEach(async () => {
      setup = await setupSalesPoints(api, getContainer())
      headers = await adminHeaders(api, getContainer())
    })

    it("sums sales per sales point (counter sales) and online, listing points that sold nothing", async () => {
      const variant = setup.variants[0]
      const { data: sale } = await api.post(
        `/sales-point/points/${setup.pointA.id}/sales`,
        { items: [{ variant_id: variant.id, quantity: 2 }], payment_method: "cash" },
        setup.a
      )
      const { result: online } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: setup.store.regionId,
          sales_channel_id: setup.store.salesChannelId,
          currency_code: "vnd",
          email: "buyer@ocop.test",
          items: [{ variant_id: variant.id, quantity: 1 }],
        } as any,
      })

      const { data } = await api.get("/admin/ocop/dashboard", headers)
      const byPoint = Object.fromEntries(
        data.dashboard.sales_by_point.map((r: any) => [r.sales_point_id ?? "online", r])
      )
      const unitPrice = Number(online.items![0].unit_price)
      expect(byPoint[setup.pointA.id]).toEqual({
        sales_point_id: setup.pointA.id,
        name: expect.any(String),
        orders: 1,
        quantity: 2,
        revenue_vnd: 2 * unitPrice,
      })
      expect(sale.sale).toBeTruthy()
      expect(byPoint[setup.pointB.id]).toEqual(
        expect.objectContaining({ orders: 0, quantity: 0, revenue_vnd: 0 })
      )
      expect(byPoint.online).toEqual({
        sales_point_id: null,
        name: "Trực tuyến",
        orders: 1,
        quantity: 1,
        revenue_vnd: unitPrice,
      })
      expect(data.dashboard.sales_by_point).toHaveLength(3)
    })
  },
})
