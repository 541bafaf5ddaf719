import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import {
  notifyProducersOfOrderLinesWorkflow,
  packProducerOrderLinesWorkflow,
  shipProducerFulfillmentWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { openPaymentSession, shipToFirstOption } from "../payment-fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

const COD = "pp_system_default"
const BUYER_EMAIL = "khach-hang@example.vn"

// Two producers of An Giang: Hộ kinh doanh ANAS (p04) and Công ty Thanh Hồ (p02).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let anas: Awaited<ReturnType<typeof producerSession>>
    let thanhHo: Awaited<ReturnType<typeof producerSession>>
    let variantOf: Record<string, string>
    let logins: { email: string; producer_id: string }[]

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p02", "p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      logins = (await seedProducerLogins(getContainer())) as any
      anas = await producerSession(api, getContainer(), "anas")
      thanhHo = await producerSession(api, getContainer(), "thanh-ho")
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "variants.id", "producer.handle"],
        })
      variantOf = Object.fromEntries(
        data.map((p: any) => [p.producer.handle, p.variants[0].id])
      )
    })

    /** A guest COD order of one unit of each producer's product, placed as the storefront places it. */
    async function placeOrder(handles: string[]) {
      const headers = storeHeaders(store)
      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          email: BUYER_EMAIL,
          items: handles.map((h) => ({ variant_id: variantOf[h], quantity: 1 })),
        },
        headers
      )
      const cartId = created.cart.id
      await shipToFirstOption(api, cartId, headers, {
        first_name: "Lan",
        last_name: "Nguyễn Thị",
        phone: "0901234567",
        address_1: "12 Trần Hưng Đạo",
        city: "Phường Long Xuyên",
        province: "Tỉnh An Giang",
        country_code: "vn",
      })
      await openPaymentSession(api, store, cartId, COD)
      const placed = TestEventUtils.waitSubscribersExecution(
        OrderWorkflowEvents.PLACED,
        getContainer().resolve(Modules.EVENT_BUS)
      )
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        headers
      )
      await placed
      const order = data.order
      const lineOf = (handle: string) =>
        order.items.find((i: any) => i.variant_id === variantOf[handle]).id
      return { order, lineOf }
    }

    // The producers' notices of an order (the shopper's order e-mails and invoices are
    // notifications of the same order too).
    const noticesOf = (orderId: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: orderId, template: "ocop-producer-order-lines" })

    const emailsOf = (producerId: string) =>
      logins.filter((l) => l.producer_id === producerId).map((l) => l.email)

    const fulfillmentsOf = async (orderId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "fulfillments.id",
            "fulfillments.shipped_at",
            "fulfillments.metadata",
            "fulfillments.items.line_item_id",
            "fulfillments.labels.tracking_number",
          ],
          filters: { id: orderId },
        })
      return (data[0] as any).fulfillments as any[]
    }

    describe("a new order notifies its producers", () => {
      it("sends each producer one notice listing only its own lines, even when the event comes again", async () => {
        const { order, lineOf } = await placeOrder(["anas", "thanh-ho"])

        // The event delivered a second time sends nothing more.
        await notifyProducersOfOrderLinesWorkflow(getContainer()).run({
          input: { order_id: order.id, occasion: "placed" },
        })

        const notices = await noticesOf(order.id)
        const to = (producerId: string) =>
          notices.filter((n: any) => n.data.producer.id === producerId)
        expect(to(anas.producerId).map((n: any) => n.to).sort()).toEqual(
          emailsOf(anas.producerId).sort()
        )
        expect(to(thanhHo.producerId).map((n: any) => n.to).sort()).toEqual(
          emailsOf(thanhHo.producerId).sort()
        )
        expect(notices).toHaveLength(
          emailsOf(anas.producerId).length + emailsOf(thanhHo.producerId).length
        )
        const anasNotice = to(anas.producerId)[0]
        expect(anasNotice).toEqual(
          expect.objectContaining({
            channel: "email",
            template: "ocop-producer-order-lines",
            resource_type: "order",
          })
        )
        expect(anasNotice.data.lines.map((l: any) => l.id)).toEqual([
          lineOf("anas"),
        ])
        expect(to(thanhHo.producerId)[0].data.lines.map((l: any) => l.id)).toEqual([
          lineOf("thanh-ho"),
        ])
        // Nothing of the buyer beyond the destination town.
        expect(JSON.stringify(anasNotice.data)).not.toContain(BUYER_EMAIL)
        expect(JSON.stringify(anasNotice.data)).not.toContain("0901234567")
      })
    })

    describe("a confirmed order edit notifies the producers of the lines it added", () => {
      it("sends the added line's producer one notice with only that line, nothing to the others, nothing more when the event comes again", async () => {
        const { order, lineOf } = await placeOrder(["anas"])
        const before = await noticesOf(order.id)
        const admin = await adminHeaders(api, getContainer())
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)

        // The office adds a jar of Thanh Hồ's tương to Anas's order, as Medusa Admin's order edit does.
        const adminPost = async (url: string, body: object) => {
          const res = await responseOf(api.post(url, body, admin))
          if (res.status >= 300)
            throw new Error(`${url}: ${res.status} ${JSON.stringify(res.data)}`)
          return res
        }
        const { data: edit } = await adminPost("/admin/order-edits", {
          order_id: order.id,
          description: "Khách gọi thêm một hũ tương",
        })
        // The edit's routes take the order's id; the change is looked up again below.
        const changeId = edit.order_change.id
        await adminPost(`/admin/order-edits/${order.id}/items`, {
          items: [{ variant_id: variantOf["thanh-ho"], quantity: 1 }],
        })
        await adminPost(`/admin/order-edits/${order.id}/request`, {})
        const confirmed = TestEventUtils.waitSubscribersExecution(
          OrderEditWorkflowEvents.CONFIRMED,
          eventBus
        )
        await adminPost(`/admin/order-edits/${order.id}/confirm`, {})
        await confirmed

        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["items.id", "items.variant_id"],
            filters: { id: order.id },
          })
        const added = (data[0] as any).items.find(
          (i: any) => i.variant_id === variantOf["thanh-ho"]
        ).id

        expect(emailsOf(thanhHo.producerId).length).toBeGreaterThan(0)
        const isNew = (n: any) => !before.some((b: any) => b.id === n.id)
        const fresh = (await noticesOf(order.id)).filter(isNew)
        expect(fresh.map((n: any) => n.to).sort()).toEqual(
          emailsOf(thanhHo.producerId).sort()
        )
        for (const notice of fresh) {
          expect(notice.data.producer.id).toBe(thanhHo.producerId)
          expect(notice.data.lines.map((l: any) => l.id)).toEqual([added])
          expect(notice.data.lines.map((l: any) => l.id)).not.toContain(
            lineOf("anas")
          )
        }

        // The same event delivered again sends nothing more.
        const { data: changes } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order_change",
            fields: ["id", "actions.id", "actions.action", "actions.details"],
            filters: { id: changeId },
          })
        const again = TestEventUtils.waitSubscribersExecution(
          OrderEditWorkflowEvents.CONFIRMED,
          eventBus
        )
        await eventBus.emit({
          name: OrderEditWorkflowEvents.CONFIRMED,
          data: { order_id: order.id, actions: (changes[0] as any).actions },
        })
        await again
        expect((await noticesOf(order.id)).filter(isNew)).toHaveLength(
          fresh.length
        )
      })
    })

    describe("GET /producer/orders", () => {
      it("lists the order with the producer's line only, the delivery address and the cash to collect, never the buyer's email", async () => {
        const { order, lineOf } = await placeOrder(["anas", "thanh-ho"])
        const { data } = await api.get("/producer/orders", anas.headers)
        expect(data.orders).toHaveLength(1)
        const listed = data.orders[0]
        expect(listed).toEqual(
          expect.objectContaining({
            id: order.id,
            to_pack: 1,
            shipments: [],
            delivery: expect.objectContaining({
              name: "Nguyễn Thị Lan",
              phone: "0901234567",
              address: expect.stringContaining("12 Trần Hưng Đạo"),
            }),
          })
        )
        expect(listed.lines.map((l: any) => l.id)).toEqual([lineOf("anas")])
        // A shared order: the courier collects this producer's goods.
        const anasLine = order.items.find((i: any) => i.id === lineOf("anas"))
        expect(listed.cod_to_collect).toBe(anasLine.unit_price)
        expect(JSON.stringify(data)).not.toContain(BUYER_EMAIL)
      })
    })

    describe("POST /producer/orders/:id/fulfillments, then …/shipment", () => {
      it("packs and ships the producer's lines only, with the tracking number the shopper then sees", async () => {
        const { order, lineOf } = await placeOrder(["anas", "thanh-ho"])

        const packed = await api.post(
          `/producer/orders/${order.id}/fulfillments`,
          {},
          anas.headers
        )
        expect(packed.status).toBe(201)
        const fulfillmentId = packed.data.fulfillment_id
        expect(packed.data.order).toEqual(
          expect.objectContaining({
            to_pack: 0,
            shipments: [
              expect.objectContaining({
                id: fulfillmentId,
                status: "packed",
                lines: [{ line_id: lineOf("anas"), quantity: 1 }],
              }),
            ],
          })
        )
        // Thanh Hồ's line is still to pack, and its list shows no parcel of Anas.
        const { data: other } = await api.get("/producer/orders", thanhHo.headers)
        expect(other.orders[0]).toEqual(
          expect.objectContaining({ to_pack: 1, shipments: [] })
        )

        const shipped = await api.post(
          `/producer/orders/${order.id}/fulfillments/${fulfillmentId}/shipment`,
          {
            carrier: "Viettel Post",
            tracking_number: "VTP-123456789",
            tracking_url: "https://viettelpost.com.vn/tra-cuu?code=VTP-123456789",
          },
          anas.headers
        )
        expect(shipped.status).toBe(200)
        expect(shipped.data.order.shipments[0]).toEqual(
          expect.objectContaining({
            status: "shipped",
            carrier: "Viettel Post",
            tracking_number: "VTP-123456789",
          })
        )

        const [fulfillment] = await fulfillmentsOf(order.id)
        expect(fulfillment.items.map((i: any) => i.line_item_id)).toEqual([
          lineOf("anas"),
        ])

        // The shopper's order page: Anas's parcel on its way, Thanh Hồ's line still waiting.
        const { data: shown } = await api.get(
          `/store/ocop/orders/${order.id}/shipments`,
          storeHeaders(store)
        )
        expect(shown).toEqual({
          awaiting: [{ line_id: lineOf("thanh-ho"), quantity: 1 }],
          shipments: [
            expect.objectContaining({
              status: "shipped",
              carrier: "Viettel Post",
              tracking_number: "VTP-123456789",
              tracking_url: "https://viettelpost.com.vn/tra-cuu?code=VTP-123456789",
              lines: [{ line_id: lineOf("anas"), quantity: 1 }],
            }),
          ],
        })
      })

      it("undoes the packing and the hand-over when a later step fails", async () => {
        const { order, lineOf } = await placeOrder(["anas"])
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const reserved = async () =>
          (await inventory.listReservationItems({ line_item_id: lineOf("anas") }))
            .map((r: any) => Number(r.quantity))

        const failingPack = packProducerOrderLinesWorkflow(getContainer())
        failingPack.addAction(
          "fail-at-the-end",
          {
            invoke: async () => {
              throw new Error("the label printer jammed")
            },
          },
          { noCompensation: true }
        )
        const { errors: packErrors } = await failingPack.run({
          input: { producer_id: anas.producerId, order_id: order.id },
          throwOnError: false,
        })
        expect(packErrors).toHaveLength(1)
        const { data: afterPack } = await api.get("/producer/orders", anas.headers)
        expect(afterPack.orders[0]).toEqual(
          expect.objectContaining({ to_pack: 1, shipments: [] })
        )
        expect(await reserved()).toEqual([1])

        const { data: packed } = await api.post(
          `/producer/orders/${order.id}/fulfillments`,
          {},
          anas.headers
        )
        const failingShip = shipProducerFulfillmentWorkflow(getContainer())
        failingShip.addAction(
          "fail-at-the-end",
          {
            invoke: async () => {
              throw new Error("the carrier's app is down")
            },
          },
          { noCompensation: true }
        )
        const { errors: shipErrors } = await failingShip.run({
          input: {
            producer_id: anas.producerId,
            order_id: order.id,
            fulfillment_id: packed.fulfillment_id,
            carrier: "GHTK",
            tracking_number: "GHTK-000111",
          },
          throwOnError: false,
        })
        expect(shipErrors).toHaveLength(1)
        const [parcel] = (await fulfillmentsOf(order.id)).filter(
          (f) => f.id === packed.fulfillment_id
        )
        expect(parcel.shipped_at).toBeNull()
        expect(parcel.labels).toEqual([])
        expect(parcel.metadata.carrier ?? null).toBeNull()
      })

      it("answers 404 for another producer's order, line or parcel and writes nothing", async () => {
        const own = await placeOrder(["anas"])
        const shared = await placeOrder(["anas", "thanh-ho"])

        const foreignOrder = await responseOf(
          api.post(`/producer/orders/${own.order.id}/fulfillments`, {}, thanhHo.headers)
        )
        expect(foreignOrder.status).toBe(404)

        const foreignLine = await responseOf(
          api.post(
            `/producer/orders/${shared.order.id}/fulfillments`,
            { line_ids: [shared.lineOf("thanh-ho")] },
            anas.headers
          )
        )
        expect(foreignLine.status).toBe(404)
        expect(foreignLine.data.message).toContain("line_ids")
        expect(await fulfillmentsOf(own.order.id)).toEqual([])
        expect(await fulfillmentsOf(shared.order.id)).toEqual([])

        const { data: packed } = await api.post(
          `/producer/orders/${shared.order.id}/fulfillments`,
          {},
          anas.headers
        )
        const foreignParcel = await responseOf(
          api.post(
            `/producer/orders/${shared.order.id}/fulfillments/${packed.fulfillment_id}/shipment`,
            { carrier: "GHN", tracking_number: "GHN12345" },
            thanhHo.headers
          )
        )
        expect(foreignParcel.status).toBe(404)
        const [parcel] = await fulfillmentsOf(shared.order.id)
        expect(parcel.shipped_at).toBeNull()
        expect(parcel.labels).toEqual([])
      })

      it("refuses a bad tracking number or a missing carrier with a 400 naming the field, and leaves the parcel packed", async () => {
        const { order } = await placeOrder(["anas"])
        const { data: packed } = await api.post(
          `/producer/orders/${order.id}/fulfillments`,
          {},
          anas.headers
        )
        const url = `/producer/orders/${order.id}/fulfillments/${packed.fulfillment_id}/shipment`

        const badNumber = await responseOf(
          api.post(url, { carrier: "GHN", tracking_number: "số 1" }, anas.headers)
        )
        expect(badNumber.status).toBe(400)
        expect(badNumber.data.message).toContain("tracking_number")

        const noCarrier = await responseOf(
          api.post(url, { tracking_number: "GHN12345" }, anas.headers)
        )
        expect(noCarrier.status).toBe(400)
        expect(noCarrier.data.message).toContain("carrier")

        const [parcel] = await fulfillmentsOf(order.id)
        expect(parcel.shipped_at).toBeNull()
        expect(parcel.labels).toEqual([])
        expect(parcel.metadata?.carrier).toBeUndefined()
      })
    })
  },
})
