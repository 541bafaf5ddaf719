import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createSalesPointsWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import { ensureSalesPoints } from "../../../src/scripts/seed/sales-points"
import { responseOf, storeHeaders } from "../fixtures"
import { openPaymentSession } from "../payment-fixtures"
import {
  counterOrders,
  levelAt,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

// The fields the storefront's checkout asks for (contract 1).
const OPTION_FIELDS =
  "+service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.*,+service_zone.fulfillment_set.location.address.*"

// Building 25 carts and racing 50 requests on 2 cores takes minutes, not a speed claim.
const CARTS = 25
const COUNTER_SALES = 25

type Line = { variant_id: string; quantity: number; metadata?: object }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    const headers = () => storeHeaders(s.store)

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      await dbUtils.snapshot()
    })

    async function optionsFor(cartId: string) {
      const { data } = await api.get(
        `/store/shipping-options?cart_id=${cartId}&fields=${OPTION_FIELDS}`,
        headers()
      )
      return data.shipping_options as any[]
    }

    /** A guest cart ready to complete: its lines, then pickup at `point` (no address) or delivery. */
    async function readyCart(lines: Line[], point: any | "delivery") {
      try {
        const { data } = await api.post(
          "/store/carts",
          { region_id: s.store.regionId, email: "khach@example.vn" },
          headers()
        )
        const cartId: string = data.cart.id
        for (const line of lines) {
          await api.post(`/store/carts/${cartId}/line-items`, line, headers())
        }
        if (point === "delivery") {
          await api.post(
            `/store/carts/${cartId}`,
            {
              shipping_address: {
                first_name: "Nguyễn Thị Lan",
                phone: "0901234567",
                address_1: "12 Trần Hưng Đạo",
                city: "Phường Long Xuyên",
                country_code: "vn",
              },
            },
            headers()
          )
        }
        const options = await optionsFor(cartId)
        const option = options.find((o) =>
          point === "delivery"
            ? o.service_zone.fulfillment_set.type === "shipping"
            : o.service_zone.fulfillment_set.location.id ===
              point.stock_location_id
        )
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: option.id },
          headers()
        )
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

    const complete = (cartId: string) =>
      responseOf(api.post(`/store/carts/${cartId}/complete`, {}, headers()))

    /** Leaves `left` units of the variant at the point (staff count correction). */
    async function leaveAtPoint(variantIndex: number, left: number) {
      await api.post(
        `/sales-point/points/${s.pointA.id}/adjust`,
        {
          variant_id: s.variants[variantIndex].id,
          adjustment: left - 20,
          reason: "count_correction",
        },
        s.a
      )
    }

    const reservationsOf = (inventoryItemId: string) =>
      getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ inventory_item_id: inventoryItemId })

    async function onlineOrders() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "items.id",
          "sales_channel_id",
          "payment_collections.status",
        ],
      })
      return data.filter(
        (o: any) => o.sales_channel_id === s.store.salesChannelId
      ) as any[]
    }

    describe("pickup options of sales points", () => {
      it("offers one free 'Nhận tại <point>' per point to an online cart, carrying the point's location and address", async () => {
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: s.store.regionId,
            items: [{ variant_id: s.variants[0].id, quantity: 1 }],
          },
          headers()
        )
        const pickups = (await optionsFor(data.cart.id)).filter(
          (o) => o.service_zone.fulfillment_set.type === "pickup"
        )
        expect(pickups.map((o) => o.name).sort()).toEqual([
          "Nhận tại Điểm bán thử Châu Đốc",
          "Nhận tại Điểm bán thử Long Xuyên",
        ])
        const longXuyen = pickups.find((o) => o.name.includes("Long Xuyên"))
        expect(longXuyen.amount).toBe(0)
        expect(longXuyen.service_zone.fulfillment_set.location).toEqual(
          expect.objectContaining({
            id: s.pointA.stock_location_id,
            name: "Điểm bán thử Long Xuyên",
            address: expect.objectContaining({
              address_1: "1 Đường Thử, Phường Long Xuyên",
            }),
          })
        )
      })

      it("tells the checkout which points lack which of a cart's lines, counting what is reserved there", async () => {
        await leaveAtPoint(0, 4)
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: s.store.regionId,
            items: [
              { variant_id: s.variants[0].id, quantity: 5 },
              { variant_id: s.variants[1].id, quantity: 1 },
            ],
          },
          headers()
        )
        const cartId: string = data.cart.id
        const lineOf = (variantId: string) =>
          data.cart.items.find((i: any) => i.variant_id === variantId).id
        const shortAt = async () => {
          const res = await api.get(
            `/store/ocop/carts/${cartId}/shipments`,
            headers()
          )
          return res.data.shipments.flatMap((sh: any) => sh.short_at_pickups)
        }
        expect(await shortAt()).toEqual([
          {
            location_id: s.pointA.stock_location_id,
            line_ids: [lineOf(s.variants[0].id)],
          },
        ])
        await api.post(
          `/store/carts/${cartId}/line-items/${lineOf(s.variants[0].id)}`,
          { quantity: 4 },
          headers()
        )
        expect(await shortAt()).toEqual([])
        // Another shopper's pickup reserves 1 of the 4: 4 are no longer free there.
        await complete(
          await readyCart([{ variant_id: s.variants[0].id, quantity: 1 }], s.pointA)
        )
        expect(await shortAt()).toEqual([
          {
            location_id: s.pointA.stock_location_id,
            line_ids: [lineOf(s.variants[0].id)],
          },
        ])
      })

      it("leaves no pickup set, option or point behind when creating points fails late", async () => {
        const container = getContainer()
        const workflow = createSalesPointsWorkflow(container)
        workflow.addAction(
          "fail-after-pickups",
          {
            invoke: async () => {
              throw new Error("the office's network went down")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            sales_points: [
              {
                name: "Điểm bán thử Tân Châu",
                handle: "thu-tan-chau",
                kind: "point",
                address: "3 Đường Thử, Phường Tân Châu",
                commune_code: "30307",
              },
            ],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("network went down")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: options } = await query.graph({
          entity: "shipping_option",
          fields: ["name"],
        })
        expect(options.map((o: any) => o.name)).not.toContain(
          "Nhận tại Điểm bán thử Tân Châu"
        )
        const { data: sets } = await query.graph({
          entity: "fulfillment_set",
          fields: ["name"],
          filters: { type: "pickup" },
        })
        expect(sets.map((x: any) => x.name).sort()).toEqual([
          "pickup:thu-chau-doc",
          "pickup:thu-long-xuyen",
        ])
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: ["handle"],
        })
        expect(points).toHaveLength(2)
      })
    })

    describe("the sales point seed", () => {
      it("gives every seeded point its pickup option, also a point seeded before click & collect, and none twice", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const pickupNames = async () => {
          const { data } = await query.graph({
            entity: "shipping_option",
            fields: [
              "name",
              "service_zone.fulfillment_set.type",
              "shipping_profile.type",
            ],
          })
          // Each point's own option (default profile), then the copies every producer's
          // profile gets so that its goods can be collected there (one per point).
          return data
            .filter(
              (o: any) => o.service_zone?.fulfillment_set?.type === "pickup"
            )
            .map((o: any) => `${o.shipping_profile.type}: ${o.name}`)
            .sort()
        }
        await ensureSalesPoints(container)
        const seeded = await pickupNames()
        const own = seeded.filter((n) => n.startsWith("default: "))
        expect(own).toHaveLength(2 + 5)
        expect(own).toContain("default: Nhận tại Trung tâm OCOP Long Xuyên")
        // The fixture's two products come from two producers.
        expect(seeded.filter((n) => n.startsWith("ocop_producer: "))).toEqual(
          own.flatMap((n) => {
            const copy = n.replace("default: ", "ocop_producer: ")
            return [copy, copy]
          })
        )

        // As a database seeded before click & collect: that point has no pickup set.
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: [
            "stock_location.fulfillment_sets.id",
            "stock_location.fulfillment_sets.type",
          ],
          filters: { handle: "trung-tam-ocop-long-xuyen" },
        })
        const pickupSet = (points[0] as any).stock_location.fulfillment_sets.find(
          (x: any) => x.type === "pickup"
        )
        await container
          .resolve(Modules.FULFILLMENT)
          .deleteFulfillmentSets([pickupSet.id])
        expect(await pickupNames()).not.toContain(
          "default: Nhận tại Trung tâm OCOP Long Xuyên"
        )

        await ensureSalesPoints(container)
        expect(await pickupNames()).toEqual(seeded)
      })
    })

    describe("where a checkout reserves", () => {
      it("reserves a pickup at the chosen point and a delivery at the warehouse, never at another point", async () => {
        const variant = s.variants[0]
        const pickup = await complete(
          await readyCart([{ variant_id: variant.id, quantity: 2 }], s.pointB)
        )
        const delivery = await complete(
          await readyCart([{ variant_id: variant.id, quantity: 3 }], "delivery")
        )
        expect([pickup.data.type, delivery.data.type]).toEqual([
          "order",
          "order",
        ])
        const reservations = await reservationsOf(variant.inventory_item_id)
        expect(
          reservations
            .map((r) => [r.location_id, Number(r.quantity)])
            .sort((a, b) => Number(a[1]) - Number(b[1]))
        ).toEqual([
          [s.pointB.stock_location_id, 2],
          [s.store.stockLocationId, 3],
        ])
        const at = (loc: string) =>
          levelAt(getContainer(), variant.inventory_item_id, loc)
        expect(await at(s.pointB.stock_location_id)).toEqual({
          stocked: 20,
          reserved: 2,
        })
        expect(await at(s.store.stockLocationId)).toEqual({
          stocked: 120,
          reserved: 3,
        })
        expect(await at(s.pointA.stock_location_id)).toEqual({
          stocked: 20,
          reserved: 0,
        })
      })

      it("refuses a pickup of more than the point holds with 'out of stock at <point>', though the warehouse has it, and creates nothing", async () => {
        const variant = s.variants[0]
        await leaveAtPoint(0, 4)
        const cartId = await readyCart(
          [{ variant_id: variant.id, quantity: 5 }],
          s.pointA
        )
        const res = await complete(cartId)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /^items: out of stock at Điểm bán thử Long Xuyên: /
        )
        // The lines, for the checkout to mark the pickup without reading the message.
        expect(res.data.code).toBe("ocop_out_of_stock")
        expect(res.data.shortfalls).toEqual([
          { variant_id: variant.id, location_id: s.pointA.stock_location_id, available: 4, needed: 5, expired: 0 },
        ])
        expect(await reservationsOf(variant.inventory_item_id)).toHaveLength(0)
        expect(await onlineOrders()).toHaveLength(0)
        const { data } = await api.get(`/store/carts/${cartId}`, headers())
        expect(data.cart.completed_at).toBeNull()
      })

      it("counts two lines of one inventory item together (Medusa #16502): 3 + 3 of 5 left is refused, at a point and at the warehouse", async () => {
        const variant = s.variants[0]
        await leaveAtPoint(0, 5)
        const inventory = getContainer().resolve(Modules.INVENTORY)
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: variant.inventory_item_id,
            location_id: s.store.stockLocationId,
            stocked_quantity: 5,
          },
        ])
        // The same variant twice, kept apart by different line metadata.
        const lines = [
          { variant_id: variant.id, quantity: 3, metadata: { gift: "no" } },
          { variant_id: variant.id, quantity: 3, metadata: { gift: "yes" } },
        ]
        const pickupCart = await readyCart(lines, s.pointA)
        const { data: cart } = await api.get(
          `/store/carts/${pickupCart}`,
          headers()
        )
        expect(cart.cart.items).toHaveLength(2)
        const pickup = await complete(pickupCart)
        const delivery = await complete(await readyCart(lines, "delivery"))
        expect([pickup.status, delivery.status]).toEqual([400, 400])
        expect(pickup.data.message).toContain(
          "out of stock at Điểm bán thử Long Xuyên"
        )
        expect(delivery.data.message).toContain(
          "out of stock at Kho OCOP Long Xuyên"
        )
        expect(await reservationsOf(variant.inventory_item_id)).toHaveLength(0)
        expect(await onlineOrders()).toHaveLength(0)
      })

      it("places one order when the same pickup cart is completed 6 times at once (Medusa #16825)", async () => {
        const variant = s.variants[0]
        const cartId = await readyCart(
          [{ variant_id: variant.id, quantity: 2 }],
          s.pointA
        )
        const results = await Promise.all(
          Array.from({ length: 6 }, () => complete(cartId))
        )
        const placed = results.filter((r) => r.data?.type === "order")
        expect(placed.length).toBeGreaterThan(0)
        expect(new Set(placed.map((r) => r.data.order.id)).size).toBe(1)
        // A completion still holding the cart's lock is told to try again, nothing else.
        expect(
          results
            .filter((r) => r.data?.type !== "order")
            .map((r) => [r.status, r.data?.message])
            .filter(([status]) => status !== 409)
        ).toEqual([])
        expect(await onlineOrders()).toHaveLength(1)
        const reservations = await reservationsOf(variant.inventory_item_id)
        expect(
          reservations.map((r) => [r.location_id, Number(r.quantity)])
        ).toEqual([[s.pointA.stock_location_id, 2]])
        expect(
          await levelAt(
            getContainer(),
            variant.inventory_item_id,
            s.pointA.stock_location_id
          )
        ).toEqual({ stocked: 20, reserved: 2 })
      })
    })

    describe("online pickups and counter sales of the last units at one point", () => {
      it("sell exactly the 5 units left between them; everyone else hears it is out of stock; reservations, stock and orders agree", async () => {
        const container = getContainer()
        const variant = s.variants[0]
        // The warehouse keeps its 120: a pickup must still take the point's units.
        await leaveAtPoint(0, 5)

        // Every cart is ready to pay while the units are still there. One after the
        // other: carts of one guest email created at once race to create its customer.
        const carts: string[] = []
        for (let i = 0; i < CARTS; i++)
          carts.push(
            await readyCart([{ variant_id: variant.id, quantity: 1 }], s.pointA)
          )

        const online = carts.map(complete)
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

        const sold = (r: any) => r.status === 200 && r.data.type === "order"
        const onlineSold = onlineResults.filter(sold)
        const onlineRefused = onlineResults.filter((r) => !sold(r))
        const counterSold = counterResults.filter((r) => r.status === 201)
        const counterRefused = counterResults.filter((r) => r.status !== 201)
        // On failure, say what everyone was told.
        const told: Record<string, number> = {}
        for (const r of [...onlineRefused, ...counterRefused]) {
          const key = `${r.status} ${r.data?.message ?? r.data?.type}`
          told[key] = (told[key] ?? 0) + 1
        }
        expect({ sold: onlineSold.length + counterSold.length, told }).toEqual({
          sold: 5,
          told: expect.any(Object),
        })
        // Refusals: ours, naming the point; core's own check when its reservation
        // lands on the point first; or a lock wait past its limit, 409 "try again"
        // (app error handler). Anything else is listed with its status and message.
        expect(
          onlineRefused
            .filter(
              (r) =>
                !(
                  r.status === 400 &&
                  /^(items: out of stock at Điểm bán thử Long Xuyên|Not enough stock available)/.test(
                    r.data.message
                  )
                ) && !(r.status === 409 && /try again/.test(r.data.message))
            )
            .map((r) => [r.status, r.data?.message])
        ).toEqual([])
        for (const [i, cartId] of carts.entries()) {
          if (sold(onlineResults[i])) continue
          const { data } = await api.get(`/store/carts/${cartId}`, headers())
          expect(data.cart.completed_at).toBeNull()
        }
        for (const r of counterRefused) {
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(
            /^items: out of stock at this sales point/
          )
        }

        // Online orders hold reservations at point A, none at the warehouse.
        const reservations = await reservationsOf(variant.inventory_item_id)
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
        expect(
          await levelAt(
            container,
            variant.inventory_item_id,
            s.store.stockLocationId
          )
        ).toEqual({ stocked: 120, reserved: 0 })

        // No order without its reservation or payment.
        const orders = await onlineOrders()
        expect(orders).toHaveLength(onlineSold.length)
        const reservedLines = new Set(reservations.map((r) => r.line_item_id))
        for (const order of orders) {
          expect(order.items.every((i: any) => reservedLines.has(i.id))).toBe(
            true
          )
          expect(order.payment_collections.length).toBeGreaterThan(0)
        }
        const counterPlaced = await counterOrders(container)
        expect(counterPlaced).toHaveLength(counterSold.length)
        expect(
          counterPlaced.every(
            (o: any) => o.payment_collections[0]?.status === "completed"
          )
        ).toBe(true)
      }, 300_000)
    })
  },
})
