import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  FulfillmentWorkflowEvents,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, seedShop } from "../fixtures"
import { pickVariant, placeOrder } from "../payment-fixtures"

const COD = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreSetup

    beforeEach(async () => {
      store = await seedShop(getContainer(), ["p29"])
    })

    const noticesTo = async (email: string) =>
      (
        await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to: email, channel: "email" })
      ).sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at)))

    const waitFor = (event: string) =>
      TestEventUtils.waitSubscribersExecution(event, getContainer().resolve(Modules.EVENT_BUS))

    it("e-mails the shopper when the order is placed, shipped (carrier and tracking number) and delivered", async () => {
      const variant = await pickVariant(getContainer())
      const placedEvent = waitFor(OrderWorkflowEvents.PLACED)
      const { order } = await placeOrder(api, store, variant.id, COD)
      await placedEvent
      const placed = await noticesTo("khach@example.vn")
      expect(placed.map((n: any) => n.template)).toEqual(["ocop-shopper-order-placed"])
      expect(placed[0].data).toEqual(
        expect.objectContaining({ order_id: order.id, order_number: order.display_id, step: "placed" })
      )

      const headers = await adminHeaders(api, getContainer())
      const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, headers)
      const { data: fulfilled } = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id`,
        { items: detail.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
        headers
      )
      const fulfillmentId = fulfilled.order.fulfillments[0].id
      const shippedEvent = waitFor(FulfillmentWorkflowEvents.SHIPMENT_CREATED)
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        {
          items: detail.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
          labels: [{ tracking_number: "GHN-0001", tracking_url: "https://example.com/t/GHN-0001", label_url: "https://example.com/l" }],
        },
        headers
      )
      await shippedEvent
      const deliveredEvent = waitFor(FulfillmentWorkflowEvents.DELIVERY_CREATED)
      await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, headers)
      await deliveredEvent

      const all = await noticesTo("khach@example.vn")
      expect(all.map((n: any) => n.template)).toEqual([
        "ocop-shopper-order-placed",
        "ocop-shopper-order-shipped",
        "ocop-shopper-order-delivered",
      ])
      expect(all[1].data).toEqual(expect.objectContaining({ tracking_number: "GHN-0001", order_number: order.display_id }))
    })
  },
})
