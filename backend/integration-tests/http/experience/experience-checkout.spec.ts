import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { vietnamToday } from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  ensureExperiences,
  SEED_EXPERIENCES,
} from "../../../src/scripts/seed/experiences"
import { seedOcopCatalog } from "../../../src/scripts/seed/ocop-catalog"
import { setupStore, type StoreSetup } from "../../../src/scripts/seed/store-setup"
import {
  adminHeaders,
  importRegionalUnits,
  responseOf,
  storeHeaders,
} from "../fixtures"
import { cartToPay, openPaymentSession, pickVariant } from "../payment-fixtures"

// The storefront's checkout, step by step through the store API: the booking goes in
// the cart without a lead visitor, the checkout puts the lead visitor on the cart.
const CHAM = SEED_EXPERIENCES[0] // adults 350.000 đ, children 200.000 đ
const FLOATING_MARKET = SEED_EXPERIENCES[2] // no child price
const LEAD = { name: "Trần Văn Bình", phone: "0912345678" }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: StoreSetup

    beforeEach(async () => {
      const container = getContainer()
      await importRegionalUnits(container)
      store = await setupStore(container)
      await ensureExperiences(container, store, {
        today: vietnamToday(),
        weeks: 2,
      })
    })

    async function firstDate(handle: string) {
      const { data } = await api.get(
        `/store/ocop/experiences/${handle}`,
        storeHeaders(store)
      )
      return data.experience.dates[0] as { date: string; variant_id: string }
    }

    async function book(cartId: string, handle: string, body: object) {
      return responseOf(
        api.post(
          `/store/ocop/experiences/${handle}/book`,
          { cart_id: cartId, ...body },
          storeHeaders(store)
        )
      )
    }

    async function reservedSeats(container: MedusaContainer, variantId: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      const reservations = await container
        .resolve(Modules.INVENTORY)
        .listReservationItems({
          inventory_item_id: data[0].inventory_items[0].inventory_item_id,
        })
      return reservations.reduce((n, r) => n + Number(r.quantity), 0)
    }

    async function payAndComplete(cartId: string) {
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { ocop_lead_visitor: LEAD } },
        storeHeaders(store)
      )
      await openPaymentSession(api, store, cartId, "pp_system_default")
      return responseOf(
        api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(store))
      )
    }

    describe("a cart with goods and an experience", () => {
      it("checks out with one cash-on-delivery payment: the product ships and can be fulfilled, the group's seats are reserved at the child and adult prices", async () => {
        const container = getContainer()
        await seedOcopCatalog(container, store, { keys: ["p29"] })
        const product = await pickVariant(container)
        const slot = await firstDate(CHAM.handle)
        const cartId = await cartToPay(api, store, product.id)
        const booked = await book(cartId, CHAM.handle, {
          date: slot.date,
          guests: 3,
          children: 1,
        })
        expect([booked.status, booked.data.message]).toEqual([200, undefined])

        const res = await payAndComplete(cartId)
        expect(res.status).toBe(200)
        expect(res.data.type).toBe("order")
        const order = res.data.order
        const visit = order.items.filter(
          (i: any) => i.variant_id === slot.variant_id
        )
        expect(visit).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              quantity: 2,
              unit_price: 350_000,
              requires_shipping: false,
            }),
            expect.objectContaining({
              quantity: 1,
              unit_price: 200_000,
              requires_shipping: false,
              metadata: expect.objectContaining({ ocop_guest_kind: "child" }),
            }),
          ])
        )
        const goods = order.items.find((i: any) => i.variant_id === product.id)
        expect(goods.requires_shipping).toBe(true)
        expect(order.shipping_methods).toHaveLength(1)
        expect(order.total).toBe(
          product.price + 2 * 350_000 + 200_000 + order.shipping_total
        )
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["payment_collections.id"],
          filters: { id: order.id },
        })
        expect(orders[0].payment_collections).toHaveLength(1)
        const { data: withMetadata } = await query.graph({
          entity: "order",
          fields: ["metadata"],
          filters: { id: order.id },
        })
        // Medusa copies the cart's metadata: the host's contact is on the order.
        expect(withMetadata[0].metadata).toEqual(
          expect.objectContaining({ ocop_lead_visitor: LEAD })
        )
        expect(await reservedSeats(container, slot.variant_id)).toBe(3)

        // The office ships the goods line; the experience lines stay out of it.
        const admin = await adminHeaders(api, container)
        const shipped = await responseOf(
          api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { items: [{ id: goods.id, quantity: 1 }] },
            admin
          )
        )
        expect([shipped.status, shipped.data?.message]).toEqual([200, undefined])
        const { data: fulfilled } = await query.graph({
          entity: "order",
          fields: ["fulfillments.items.line_item_id"],
          filters: { id: order.id },
        })
        expect(fulfilled[0].fulfillments).toEqual([
          expect.objectContaining({
            items: [expect.objectContaining({ line_item_id: goods.id })],
          }),
        ])
      })
    })

    describe("a cart with only an experience", () => {
      it("completes with no shipping address and no shipping method, the lead visitor on the order", async () => {
        const container = getContainer()
        const slot = await firstDate(CHAM.handle)
        const { data } = await api.post(
          "/store/carts",
          { region_id: store.regionId, email: "khach@example.vn" },
          storeHeaders(store)
        )
        const cartId = data.cart.id
        expect((await book(cartId, CHAM.handle, { date: slot.date, guests: 3 })).status).toBe(200)

        const res = await payAndComplete(cartId)
        expect([res.data.type, res.data.message]).toEqual(["order", undefined])
        const order = res.data.order
        expect(order.shipping_methods ?? []).toHaveLength(0)
        expect(order.shipping_address?.address_1 ?? null).toBeNull()
        expect(order.total).toBe(3 * 350_000)
        const { data: orders } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["metadata"], filters: { id: order.id } })
        expect(orders[0].metadata?.ocop_lead_visitor).toEqual(LEAD)
        expect(await reservedSeats(container, slot.variant_id)).toBe(3)
      })
    })

    describe("POST /store/ocop/experiences/:handle/book with children", () => {
      it.each([
        [
          "children where the experience has no child price",
          FLOATING_MARKET.handle,
          { guests: 3, children: 1 },
        ],
        ["a group of children only", CHAM.handle, { guests: 2, children: 2 }],
        ["negative children", CHAM.handle, { guests: 2, children: -1 }],
      ])(
        "refuses %s with a 400 naming children and adds nothing",
        async (_label, handle, group) => {
          const slot = await firstDate(handle)
          const { data } = await api.post(
            "/store/carts",
            { region_id: store.regionId },
            storeHeaders(store)
          )
          const res = await book(data.cart.id, handle, {
            date: slot.date,
            ...group,
          })
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("children")
          const { data: after } = await api.get(
            `/store/carts/${data.cart.id}`,
            storeHeaders(store)
          )
          expect(after.cart.items).toHaveLength(0)
        }
      )
    })
  },
})
