import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { responseOf, storeHeaders } from "./fixtures"
import { cartToPay, openPaymentSession } from "./payment-fixtures"
import {
  counterOrders,
  levelAt,
  type SalesPointSetup,
  setupSalesPoints,
} from "./sales-point-fixtures"

// Building 25 carts and racing 50 requests on 2 cores takes minutes, not a speed claim.
const CARTS = 25
const COUNTER_SALES = 25

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let s: SalesPointSetup

    // A guest cart with an address, delivery and a system payment session, ready to complete.
    async function readyCart(variantId: string) {
      try {
        const cartId = await cartToPay(api, s.store, variantId)
        await openPaymentSession(api, s.store, cartId, "pp_system_default")
        return cartId
      } catch (error: any) {
        const res = error.response
        throw res
          ? new Error(
              `${res.config?.url}: ${res.status} ${JSON.stringify(res.data)}`
            )
          : error
      }
    }

    beforeEach(async () => {
      s = await setupSalesPoints(api, getContainer())
    })

    describe("online checkouts and counter sales of the last units at one point", () => {
      it("sell exactly the 5 units left between them; everyone else hears it is out of stock; reservations, stock and orders agree", async () => {
        const container = getContainer()
        const variant = s.variants[0]
        const inventory = container.resolve(Modules.INVENTORY)
        // The online shop sells from point A only for this item: the warehouse has none.
        await linkSalesChannelsToStockLocationWorkflow(container).run({
          input: {
            id: s.pointA.stock_location_id,
            add: [s.store.salesChannelId],
          },
        })
        const warehouseLevels = await inventory.listInventoryLevels({
          inventory_item_id: variant.inventory_item_id,
          location_id: s.store.stockLocationId,
        })
        await inventory.updateInventoryLevels(
          warehouseLevels.map((l) => ({
            inventory_item_id: l.inventory_item_id,
            location_id: l.location_id,
            stocked_quantity: 0,
          }))
        )
        await api.post(
          `/sales-point/points/${s.pointA.id}/adjust`,
          {
            variant_id: variant.id,
            adjustment: -15,
            reason: "count_correction",
          },
          s.a
        )

        // Every cart is ready to pay while the units are still there. One after the
        // other: carts of one guest email created at once race to create its customer.
        const carts: string[] = []
        for (let i = 0; i < CARTS; i++) carts.push(await readyCart(variant.id))

        const online = carts.map((cartId) =>
          responseOf(
            api.post(
              `/store/carts/${cartId}/complete`,
              {},
              storeHeaders(s.store)
            )
          )
        )
        const counter = Array.from({ length: COUNTER_SALES }, () =>
          responseOf(
            api.post(
              `/sales-point/points/${s.pointA.id}/sales`,
              {
                items: [{ variant_id: variant.id, quantity: 1 }],
                payment_method: "cash",
              },
              s.a
            )
          )
        )
        const [onlineResults, counterResults] = await Promise.all([
          Promise.all(online),
          Promise.all(counter),
        ])

        const onlineSold = onlineResults.filter(
          (r) => r.status === 200 && r.data.type === "order"
        )
        const onlineRefused = onlineResults.filter(
          (r) => !(r.status === 200 && r.data.type === "order")
        )
        const counterSold = counterResults.filter((r) => r.status === 201)
        const counterRefused = counterResults.filter((r) => r.status !== 201)
        expect(onlineSold.length + counterSold.length).toBe(5)
        // Medusa's cart completion waits 5 s for the items' lock (core reserveInventoryStep);
        // past that the app's error handler answers 409 "try again" (never a 500). Under
        // this load on 2 cores a few do. They sell nothing.
        const outOfStock = onlineRefused.filter(
          (r) =>
            r.status === 400 &&
            /^Not enough stock available/.test(r.data.message)
        )
        const lockTimeouts = onlineRefused.filter(
          (r) => r.status === 409 && /try again/.test(r.data.message)
        )
        // Anything else is named with its status and message.
        expect(
          onlineRefused
            .filter((r) => !outOfStock.includes(r) && !lockTimeouts.includes(r))
            .map((r) => [r.status, r.data?.message])
        ).toEqual([])
        const refusedCarts = carts.filter((_, i) =>
          onlineRefused.includes(onlineResults[i])
        )
        for (const cartId of refusedCarts) {
          const { data } = await api.get(
            `/store/carts/${cartId}`,
            storeHeaders(s.store)
          )
          expect(data.cart.completed_at).toBeNull()
        }
        for (const r of counterRefused) {
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(
            /^items: out of stock at this sales point/
          )
        }

        // Online orders hold reservations at point A; counter sales took stocked units.
        const reservations = await inventory.listReservationItems({
          inventory_item_id: variant.inventory_item_id,
        })
        expect(reservations).toHaveLength(onlineSold.length)
        expect(
          reservations.every(
            (r) => r.location_id === s.pointA.stock_location_id
          )
        ).toBe(true)
        expect(
          await levelAt(
            container,
            variant.inventory_item_id,
            s.pointA.stock_location_id
          )
        ).toEqual({
          stocked: 5 - counterSold.length,
          reserved: onlineSold.length,
        })

        // No order without its reservation or payment.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "items.id",
            "sales_channel_id",
            "payment_collections.status",
          ],
        })
        const onlineOrders = orders.filter(
          (o: any) => o.sales_channel_id === s.store.salesChannelId
        )
        expect(onlineOrders).toHaveLength(onlineSold.length)
        const reservedLines = new Set(reservations.map((r) => r.line_item_id))
        for (const order of onlineOrders as any[]) {
          expect(order.items.every((i: any) => reservedLines.has(i.id))).toBe(
            true
          )
          expect(order.payment_collections.length).toBeGreaterThan(0)
        }
        const sold = await counterOrders(container)
        expect(sold).toHaveLength(counterSold.length)
        expect(
          sold.every(
            (o: any) => o.payment_collections[0]?.status === "completed"
          )
        ).toBe(true)
      }, 300_000)
    })
  },
})
