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

      it("places a cart of two producers' goods once, each line reserved at its own producer's premises", async () => {
        const [a] = await packsOf(await productHandle(anas.producerId))
        const [t] = await packsOf(await productHandle(thaiMinh.producerId))
        await declare(anas, { variant_id: a.id, quantity: 4, reason: "Kiểm kho" })
        await declare(thaiMinh, { variant_id: t.id, quantity: 6, reason: "Kiểm kho" })
        const cart = await cartOf([
          { variant_id: a.id, quantity: 1 },
          { variant_id: t.id, quantity: 3 },
        ])
        const ownOptions = cart.options.filter((o) => /^Giao từ /.test(o.name))
        expect(ownOptions).toHaveLength(2)
        const completed = await payAndComplete(cart.id, [ownOptions[0].id])
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
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
    })
  },
})
