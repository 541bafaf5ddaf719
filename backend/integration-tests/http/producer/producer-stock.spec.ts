import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { certificateInput, producerSession, seedProducerLogins } from "../producer-fixtures"

const COD = "pp_system_default"
const ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0901234567",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Long Xuyên",
  province: "Tỉnh An Giang",
  country_code: "vn",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let anas: Awaited<ReturnType<typeof producerSession>>
    let thaiMinh: Awaited<ReturnType<typeof producerSession>>

    beforeAll(async () => {
      // p04 is Hộ kinh doanh ANAS's, p01 Thái Minh Nguyên's.
      store = await seedShop(getContainer(), ["p04", "p01"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      anas = await producerSession(api, getContainer(), "anas")
      thaiMinh = await producerSession(api, getContainer(), "thai-minh-nguyen")
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const premisesOf = async (producerId: string) => {
      const { data } = await query().graph({
        entity: "producer",
        fields: [
          "stock_location.id",
          "stock_location.name",
          "stock_location.address.city",
          "stock_location.sales_channels.id",
          "stock_location.fulfillment_sets.type",
          "stock_location.fulfillment_sets.service_zones.name",
          "stock_location.fulfillment_sets.service_zones.shipping_options.name",
          "stock_location.fulfillment_sets.service_zones.shipping_options.id",
        ],
        filters: { id: producerId },
      })
      return (data[0] as any).stock_location
    }
    const packsOf = async (handle: string) => {
      const { data } = await query().graph({
        entity: "product",
        fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
        filters: { handle },
      })
      return (data[0] as any).variants.map((v: any) => ({
        id: v.id as string,
        item: v.inventory_items[0].inventory_item_id as string,
      }))
    }
    const productHandle = async (producerId: string) => {
      const { data } = await query().graph({
        entity: "producer",
        fields: ["products.handle"],
        filters: { id: producerId },
      })
      return (data[0] as any).products[0].handle as string
    }
    const levelAt = async (itemId: string, locationId: string) => {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
      return level
        ? { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
        : null
    }
    const ledger = (producerId: string) =>
      (getContainer().resolve(PRODUCER_MODULE) as any).listProducerStockMovements({
        producer_id: producerId,
      })
    const declare = (who: typeof anas, body: Record<string, unknown>) =>
      responseOf(api.post("/producer/inventory", body, who.headers))

    /** A guest cart of these lines with a delivery address; returns its id and options. */
    const cartOf = async (items: { variant_id: string; quantity: number }[]) => {
      const headers = storeHeaders(store)
      const { data } = await api.post(
        "/store/carts",
        { region_id: store.regionId, email: "khach@example.vn", items },
        headers
      )
      await api.post(`/store/carts/${data.cart.id}`, { shipping_address: ADDRESS }, headers)
      const { data: listed } = await api.get(
        `/store/shipping-options?cart_id=${data.cart.id}`,
        headers
      )
      return { id: data.cart.id as string, options: listed.shipping_options as any[] }
    }
    const payAndComplete = async (cartId: string, optionIds: string[]) => {
      const headers = storeHeaders(store)
      for (const option_id of optionIds)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id }, headers)
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        headers
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: COD },
        headers
      )
      return responseOf(api.post(`/store/carts/${cartId}/complete`, {}, headers))
    }
    const reservationsOf = async (orderId: string) => {
      const { data } = await query().graph({
        entity: "order",
        fields: ["items.id"],
        filters: { id: orderId },
      })
      const lineIds = (data[0] as any).items.map((i: any) => i.id)
      return getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: lineIds })
    }

    describe("a producer's premises", () => {
      it("gives every producer a stock location at its commune, reached by the online channel, with its own delivery option", async () => {
        const premises = await premisesOf(anas.producerId)
        expect(premises.name).toMatch(/ANAS/)
        expect(premises.address.city).toBeTruthy()
        expect(premises.sales_channels.map((c: any) => c.id)).toContain(
          store.salesChannelId
        )
        const delivery = premises.fulfillment_sets.find((s: any) => s.type === "shipping")
        expect(delivery.service_zones[0].shipping_options[0].name).toMatch(/^Giao từ .*ANAS/)
      })
    })

    describe("POST /producer/inventory", () => {
      it("declares how many units of a pack the producer can ship, and corrects it by a change, each with a ledger line", async () => {
        const [pack] = await packsOf(await productHandle(anas.producerId))
        const premises = await premisesOf(anas.producerId)
        const set = await declare(anas, {
          variant_id: pack.id,
          quantity: 12,
          reason: "Kiểm kho đầu tháng",
        })
        expect(set.status).toBe(201)
        expect(await levelAt(pack.item, premises.id)).toEqual({ stocked: 12, reserved: 0 })
        const changed = await declare(anas, {
          variant_id: pack.id,
          change: -2,
          reason: "Hai gói bị rách bao bì",
        })
        expect(changed.status).toBe(201)
        expect(await levelAt(pack.item, premises.id)).toEqual({ stocked: 10, reserved: 0 })

        const shown = await api.get("/producer/inventory", anas.headers)
        expect(shown.data.premises.location.id).toBe(premises.id)
        expect(
          shown.data.premises.packs.find((p: any) => p.variant_id === pack.id)
        ).toEqual(expect.objectContaining({ stocked_quantity: 10, available_quantity: 10 }))
        expect(
          shown.data.movements.map((m: any) => [m.quantity_before, m.quantity_after, m.reason])
        ).toEqual([
          [12, 10, "Hai gói bị rách bao bì"],
          [0, 12, "Kiểm kho đầu tháng"],
        ])
      })

      it("refuses negative stock, an unknown pack and another producer's pack with a 400 naming the field, writing nothing", async () => {
        const [own] = await packsOf(await productHandle(anas.producerId))
        const [theirs] = await packsOf(await productHandle(thaiMinh.producerId))
        const premises = await premisesOf(anas.producerId)
        const refusals = [
          [{ variant_id: own.id, quantity: -1, reason: "Nhập sai" }, "quantity"],
          [{ variant_id: own.id, change: -1, reason: "Bớt một" }, "change"],
          [{ variant_id: "variant_khong_co", quantity: 3, reason: "Thử" }, "variant_id"],
          [{ variant_id: theirs.id, quantity: 3, reason: "Thử" }, "variant_id"],
          [{ variant_id: own.id, quantity: 3, change: 1, reason: "Cả hai" }, "quantity"],
          [{ variant_id: own.id, quantity: 3 }, "reason"],
        ] as const
        for (const [body, field] of refusals) {
          const refused = await declare(anas, body)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain(field)
        }
        expect(await ledger(anas.producerId)).toEqual([])
        expect(await ledger(thaiMinh.producerId)).toEqual([])
        expect(await levelAt(own.item, premises.id)).toBeNull()
        expect(await levelAt(theirs.item, (await premisesOf(thaiMinh.producerId)).id)).toBeNull()
      })
    })

    describe("online orders of a producer's goods", () => {
      it("lists a new approved product, sells it cash on delivery from the producer's premises and never lets the stock go below the reservation", async () => {
        const admin = await adminHeaders(api, getContainer())
        const { data: listed } = await api.post(
          "/producer/products",
          {
            title: "Khô bò một nắng ANAS",
            description: "Khô bò phơi một nắng theo cách người Chăm Châu Phong.",
            category_set: "08",
            weight: 250,
            variants: [{ title: "Gói 250 g", price_vnd: 120000, weight: 250 }],
          },
          anas.headers
        )
        const { data: submitted } = await api.post(
          `/producer/products/${listed.product.id}/certifications`,
          certificateInput(),
          anas.headers
        )
        const noticed = TestEventUtils.waitSubscribersExecution(
          "ocop.certification.approved",
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await api.post(
          `/admin/ocop/certifications/${submitted.certification.id}/approve`,
          {},
          admin
        )
        await noticed
        // The approval tells the producer what still keeps shoppers from buying.
        const notices = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: submitted.certification.id })
        expect(notices).toHaveLength(1)
        expect(notices[0]).toEqual(
          expect.objectContaining({ channel: "email", template: "ocop-certification-approved" })
        )
        expect(notices[0].data).toEqual(
          expect.objectContaining({
            sellable: false,
            missing: [expect.objectContaining({ code: "stock" })],
          })
        )
        const [pack] = await packsOf(listed.product.handle)
        const premises = await premisesOf(anas.producerId)
        expect((await declare(anas, { variant_id: pack.id, quantity: 3, reason: "Mẻ đầu" })).status).toBe(201)

        const cart = await cartOf([{ variant_id: pack.id, quantity: 2 }])
        const own = cart.options.find((o) => /^Giao từ .*ANAS/.test(o.name))
        expect(own).toEqual(expect.objectContaining({ amount: 30000 }))
        // A new listing sits on its producer's own shipping profile, as its delivery does.
        const { data: profiled } = await query().graph({
          entity: "product",
          fields: ["shipping_profile.id"],
          filters: { id: listed.product.id },
        })
        expect((profiled[0] as any).shipping_profile.id).toBe(own.shipping_profile_id)
        // Other producers' delivery options are not offered for this cart.
        expect(cart.options.filter((o) => /^Giao từ /.test(o.name))).toHaveLength(1)

        const completed = await payAndComplete(cart.id, [own.id])
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const reservations = await reservationsOf(completed.data.order.id)
        expect(reservations.map((r) => [r.location_id, Number(r.quantity)])).toEqual([
          [premises.id, 2],
        ])
        expect(await levelAt(pack.item, premises.id)).toEqual({ stocked: 3, reserved: 2 })

        const below = await declare(anas, { variant_id: pack.id, quantity: 1, reason: "Đếm lại" })
        expect(below.status).toBe(400)
        expect(below.data.message).toMatch(/^quantity: .*2 reserved/)
        const belowByChange = await declare(anas, { variant_id: pack.id, change: -2, reason: "Hỏng" })
        expect(belowByChange.status).toBe(400)
        expect(belowByChange.data.message).toMatch(/^change: /)
        expect(await levelAt(pack.item, premises.id)).toEqual({ stocked: 3, reserved: 2 })
        expect(await ledger(anas.producerId)).toHaveLength(1)
        expect((await declare(anas, { variant_id: pack.id, quantity: 2, reason: "Đếm lại" })).status).toBe(201)
      })

      it("gives each producer's goods their own shipment: two delivery fees shown before paying, one order, each line reserved at its own producer's premises", async () => {
        const [a] = await packsOf(await productHandle(anas.producerId))
        const [t] = await packsOf(await productHandle(thaiMinh.producerId))
        await declare(anas, { variant_id: a.id, quantity: 4, reason: "Kiểm kho" })
        await declare(thaiMinh, { variant_id: t.id, quantity: 6, reason: "Kiểm kho" })
        const cart = await cartOf([
          { variant_id: a.id, quantity: 1 },
          { variant_id: t.id, quantity: 3 },
        ])
        const headers = storeHeaders(store)
        const { data: planned } = await api.get(
          `/store/ocop/carts/${cart.id}/shipments`,
          headers
        )
        expect(planned.shipments.map((s: any) => s.producer.id).sort()).toEqual(
          [anas.producerId, thaiMinh.producerId].sort()
        )
        expect(new Set(planned.shipments.map((s: any) => s.shipping_profile_id)).size).toBe(2)
        // Each shipment has its own options: the producer's delivery, the warehouse's, pickups.
        const ownOf = (producerId: string) => {
          const shipment = planned.shipments.find((s: any) => s.producer.id === producerId)
          const options = cart.options.filter(
            (o) => o.shipping_profile_id === shipment.shipping_profile_id
          )
          expect(options.map((o) => o.name)).toEqual(
            expect.arrayContaining(["Giao hàng tiêu chuẩn"])
          )
          return options.find((o) => /^Giao từ /.test(o.name))
        }
        const anasOwn = ownOf(anas.producerId)
        const thaiOwn = ownOf(thaiMinh.producerId)
        expect(anasOwn.name).toMatch(/ANAS/)
        expect(thaiOwn.name).toMatch(/Thái Minh/)
        // No option of a profile the cart does not hold is listed.
        const profiles = planned.shipments.map((s: any) => s.shipping_profile_id)
        expect(cart.options.every((o) => profiles.includes(o.shipping_profile_id))).toBe(true)

        for (const option_id of [anasOwn.id, thaiOwn.id])
          await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id }, headers)
        const { data: priced } = await api.get(
          `/store/carts/${cart.id}?fields=id,total,item_total,shipping_total,*shipping_methods`,
          headers
        )
        expect(priced.cart.shipping_methods.map((m: any) => [m.name, m.amount]).sort()).toEqual(
          [
            [anasOwn.name, 30000],
            [thaiOwn.name, 30000],
          ].sort()
        )
        expect(priced.cart.shipping_total).toBe(60000)
        expect(priced.cart.total).toBe(priced.cart.item_total + 60000)

        const completed = await payAndComplete(cart.id, [])
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const { data: orders } = await query().graph({
          entity: "order",
          fields: ["total", "shipping_total", "shipping_methods.name", "payment_collections.amount"],
          filters: { id: completed.data.order.id },
        })
        const order = orders[0] as any
        expect(order.shipping_methods).toHaveLength(2)
        expect(Number(order.shipping_total)).toBe(60000)
        expect(Number(order.total)).toBe(priced.cart.total)
        // Cash on delivery collects the goods and both fees.
        expect(Number(order.payment_collections[0].amount)).toBe(priced.cart.total)

        const anasPremises = (await premisesOf(anas.producerId)).id
        const thaiPremises = (await premisesOf(thaiMinh.producerId)).id
        const reservations = await reservationsOf(completed.data.order.id)
        expect(
          reservations.map((r) => [r.inventory_item_id, r.location_id, Number(r.quantity)]).sort()
        ).toEqual(
          [
            [a.item, anasPremises, 1],
            [t.item, thaiPremises, 3],
          ].sort()
        )
        expect(await levelAt(a.item, anasPremises)).toEqual({ stocked: 4, reserved: 1 })
        expect(await levelAt(t.item, thaiPremises)).toEqual({ stocked: 6, reserved: 3 })
      })

      it("keeps a one-producer cart to one shipment and one fee", async () => {
        const [a] = await packsOf(await productHandle(anas.producerId))
        const cart = await cartOf([{ variant_id: a.id, quantity: 2 }])
        const headers = storeHeaders(store)
        const { data: planned } = await api.get(
          `/store/ocop/carts/${cart.id}/shipments`,
          headers
        )
        expect(planned.shipments).toHaveLength(1)
        expect(planned.shipments[0].producer.id).toBe(anas.producerId)
        // Stock only at the warehouse: its delivery, for this producer's goods.
        const standard = cart.options.find((o) => o.name === "Giao hàng tiêu chuẩn")
        expect(standard).toEqual(
          expect.objectContaining({
            amount: 30000,
            shipping_profile_id: planned.shipments[0].shipping_profile_id,
          })
        )
        expect(cart.options.filter((o) => o.name === "Giao hàng tiêu chuẩn")).toHaveLength(1)
        const completed = await payAndComplete(cart.id, [standard.id])
        expect(completed.status).toBe(200)
        const { data: orders } = await query().graph({
          entity: "order",
          fields: ["shipping_total", "shipping_methods.name"],
          filters: { id: completed.data.order.id },
        })
        expect((orders[0] as any).shipping_methods.map((m: any) => m.name)).toEqual([
          "Giao hàng tiêu chuẩn",
        ])
        expect(Number((orders[0] as any).shipping_total)).toBe(30000)
        const reservations = await reservationsOf(completed.data.order.id)
        expect(reservations.map((r) => r.location_id)).toEqual([store.stockLocationId])
      })

      it("refuses a shipping option that ships none of the cart's goods, or none at all, with a 400 on option_id, adding nothing", async () => {
        const [a] = await packsOf(await productHandle(anas.producerId))
        const cart = await cartOf([{ variant_id: a.id, quantity: 1 }])
        const headers = storeHeaders(store)
        // Another producer's delivery, and the default profile's warehouse delivery.
        const thaiOwn = (await premisesOf(thaiMinh.producerId)).fulfillment_sets
          .find((s: any) => s.type === "shipping").service_zones[0].shipping_options[0]
        const { data: defaults } = await query().graph({
          entity: "shipping_option",
          fields: ["id", "shipping_profile.type"],
          filters: { name: "Giao hàng tiêu chuẩn" },
        })
        const warehouse = (defaults as any[]).find((o) => o.shipping_profile.type === "default")
        for (const option_id of [thaiOwn.id, warehouse.id, "so_khong_co"]) {
          const refused = await responseOf(
            api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id }, headers)
          )
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/^option_id: /)
        }
        const { data: after } = await api.get(
          `/store/carts/${cart.id}?fields=id,*shipping_methods`,
          headers
        )
        expect(after.cart.shipping_methods).toEqual([])
      })
    })
  },
})
