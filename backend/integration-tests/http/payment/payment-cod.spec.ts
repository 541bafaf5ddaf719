import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { FulfillmentWorkflowEvents, Modules } from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, seedShop } from "../fixtures"
import { paymentsOf, pickVariant, placeOrder } from "../payment-fixtures"

const COD = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }

    beforeEach(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
    })

    describe("cash on delivery", () => {
      it("is not captured when the order is placed, nor when it ships, but when it is marked delivered", async () => {
        const { order } = await placeOrder(api, store, variant.id, COD)
        const headers = await adminHeaders(api, getContainer())
        const placed = await paymentsOf(api, store, getContainer(), order.id)
        expect(placed.paymentStatus).toBe("authorized")
        expect(placed.payments[0]).toEqual(
          expect.objectContaining({ provider_id: COD, captured_at: null })
        )

        const { data: detail } = await api.get(
          `/admin/orders/${order.id}?fields=id,*items`,
          headers
        )
        const { data: fulfilled } = await api.post(
          `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id`,
          {
            items: detail.order.items.map((i: any) => ({
              id: i.id,
              quantity: i.quantity,
            })),
          },
          headers
        )
        const fulfillmentId = fulfilled.order.fulfillments[0].id
        const shipped = await paymentsOf(api, store, getContainer(), order.id)
        expect(shipped.paymentStatus).toBe("authorized")

        const delivered = TestEventUtils.waitSubscribersExecution(
          FulfillmentWorkflowEvents.DELIVERY_CREATED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`,
          {},
          headers
        )
        await delivered

        const paid = await paymentsOf(api, store, getContainer(), order.id)
        expect(paid.paymentStatus).toBe("captured")
        // Whole đồng: the courier collects the order total, not a hundredfold of it.
        expect(paid.payments[0].captures.map((c: any) => c.amount)).toEqual([
          order.total,
        ])
        expect(Number.isInteger(order.total)).toBe(true)
      })
    })
  },
})
