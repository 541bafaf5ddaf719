import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { EXPERIENCE_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/experience"
import { vietnamToday } from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  ensureExperiences,
  SEED_EXPERIENCES,
} from "../../../src/scripts/seed/experiences"
import { setupStore, type StoreSetup } from "../../../src/scripts/seed/store-setup"
import {
  importRegionalUnits,
  responseOf,
  seedShop,
  storeHeaders,
} from "../fixtures"
import { cartToPay, openPaymentSession } from "../payment-fixtures"
import { seedProducerLogins } from "../producer-fixtures"
import { setupSalesPoints, type SalesPointSetup } from "../sales-point-fixtures"

// What the store API (core's routes included) shows a shopper, and what the staff
// console and checkout trust of what a shopper wrote (security issue 14, items 8-10).
const PENDING_SCAN = "http://localhost:9000/static/pending-scan-9911.pdf"
const REJECTED_SCAN = "http://localhost:9000/static/rejected-scan-9922.pdf"
const REJECTION_REASON = "Lý do từ chối nội bộ: điểm số không khớp biên bản"
const CHAM = SEED_EXPERIENCES[0] // adults 350.000 đ, children 200.000 đ

async function certifiedProduct(container: MedusaContainer) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "product",
      fields: ["id", "handle", "variants.id", "certifications.id"],
    })
  return (data as any[]).find((p) => p.certifications?.length) ?? data[0]
}

/** A producer's pending submission and a rejected one beside the product's approved certificate. */
async function submissionsBeside(container: MedusaContainer, productId: string) {
  const ocop = container.resolve(CERTIFICATION_MODULE) as any
  const base = {
    stars: 4,
    score: 75,
    category_set: "08",
    category_sector: 1,
    decision_number: "9911/QĐ-UBND",
    origin_province_code: "91",
  }
  const [pending, rejected] = await ocop.createCertifications([
    { ...base, status: "pending_review", certificate_scan_url: PENDING_SCAN },
    {
      ...base,
      decision_number: "9922/QĐ-UBND",
      status: "rejected",
      status_reason: REJECTION_REASON,
      certificate_scan_url: REJECTED_SCAN,
    },
  ])
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    [pending, rejected].map((c: any) => ({
      [Modules.PRODUCT]: { product_id: productId },
      [CERTIFICATION_MODULE]: { certification_id: c.id },
    }))
  )
  return { pending, rejected }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("core store routes and the OCOP links", () => {
      let store: StoreSetup
      let product: any
      let hidden: { pending: any; rejected: any }

      beforeEach(async () => {
        const container = getContainer()
        store = await seedShop(container, ["p04"])
        await seedProducerLogins(container)
        product = await certifiedProduct(container)
        hidden = await submissionsBeside(container, product.id)
      })

      const expectNothingUnreviewed = (body: unknown) => {
        const text = JSON.stringify(body)
        for (const secret of [
          hidden.pending.id,
          hidden.rejected.id,
          PENDING_SCAN,
          REJECTED_SCAN,
          REJECTION_REASON,
          "pending_review",
          "@producer.ocop-market.local",
        ]) {
          expect(text).not.toContain(secret)
        }
      }

      it("GET /store/products?fields=+certifications.* shows the approved certificate and no submission, reason or scan of one", async () => {
        for (const fields of [
          "id,%2Bcertifications.*",
          "id,*certifications",
          "id,%2Bcertifications.status_reason,%2Bcertifications.certificate_scan_url,%2Bcertifications.metadata",
        ]) {
          const res = await responseOf(
            api.get(`/store/products?fields=${fields}`, storeHeaders(store))
          )
          expect(res.status).toBe(200)
          const listed = res.data.products.find((p: any) => p.id === product.id)
          // The seeded certificate is the office's record (active, or expired by now).
          expect(listed.certifications).toEqual([
            expect.objectContaining({
              status: expect.stringMatching(/^(active|expired)$/),
            }),
          ])
          expectNothingUnreviewed(res.data)
        }
        const one = await responseOf(
          api.get(
            `/store/products/${product.id}?fields=%2Bcertifications.*`,
            storeHeaders(store)
          )
        )
        expect(one.status).toBe(200)
        expect(one.data.product.certifications).toEqual([
          expect.objectContaining({
            status: expect.stringMatching(/^(active|expired)$/),
            stars: expect.any(Number),
          }),
        ])
        expectNothingUnreviewed(one.data)
      })

      it("shows a producer's public profile only: no members, e-mail or phone", async () => {
        const res = await responseOf(
          api.get(
            `/store/products/${product.id}?fields=%2Bproducer.*,%2Bproducer.members.*,%2Bproducer.email`,
            storeHeaders(store)
          )
        )
        expect(res.status).toBe(200)
        expect(res.data.product.producer).toEqual(
          expect.objectContaining({ name: expect.any(String) })
        )
        expect(res.data.product.producer).not.toHaveProperty("members")
        expect(res.data.product.producer).not.toHaveProperty("email")
        expect(res.data.product.producer).not.toHaveProperty("phone")
        expectNothingUnreviewed(res.data)
      })

      it("a cart's items reach no submission through their product", async () => {
        const headers = storeHeaders(store)
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: store.regionId,
            items: [{ variant_id: product.variants[0].id, quantity: 1 }],
          },
          headers
        )
        const res = await responseOf(
          api.get(
            `/store/carts/${data.cart.id}?fields=%2Bitems.product.certifications.*,%2Bitems.variant.product.certifications.*,%2Bitems.product.producer.members.*`,
            headers
          )
        )
        expect(res.status).toBe(200)
        expectNothingUnreviewed(res.data)
      })
    })

    describe("GET /sales-point/points/:id/orders/:order_id", () => {
      let s: SalesPointSetup

      beforeEach(async () => {
        s = await setupSalesPoints(api, getContainer())
      })

      it("answers 404 for a web order whose cart claimed the point, a total and a staff member", async () => {
        const headers = storeHeaders(s.store)
        const cartId = await cartToPay(api, s.store, s.variants[0].id)
        await api.post(
          `/store/carts/${cartId}`,
          {
            metadata: {
              sales_point_id: s.pointA.id,
              payment_method: "cash",
              total_vnd: 1,
              units: 99,
              staff_email: "forged@staff.test",
            },
          },
          headers
        )
        await openPaymentSession(api, s.store, cartId, "pp_system_default")
        const { data: completed } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          headers
        )
        expect(completed.type).toBe("order")

        const receipt = await responseOf(
          api.get(
            `/sales-point/points/${s.pointA.id}/orders/${completed.order.id}`,
            s.a
          )
        )
        expect(receipt.status).toBe(404)
        expect(receipt.data.message).toContain("order_id")
        const { data: summary } = await api.get(
          `/sales-point/points/${s.pointA.id}/sales/summary`,
          s.a
        )
        expect(summary.summary.orders).toBe(0)
      })

      it("shows a real counter sale with the order's own total and the staff member who sold it", async () => {
        const sold = await api.post(
          `/sales-point/points/${s.pointA.id}/sales`,
          {
            items: [{ variant_id: s.variants[0].id, quantity: 2 }],
            payment_method: "cash",
          },
          s.a
        )
        const orderId = sold.data.sale.order_id
        const { data: orders } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["total"], filters: { id: orderId } })
        const res = await api.get(
          `/sales-point/points/${s.pointA.id}/orders/${orderId}`,
          s.a
        )
        expect(res.data.receipt).toEqual(
          expect.objectContaining({
            order_id: orderId,
            total: Number(orders[0].total),
            staff_email: `${s.pointA.handle}@staff.test`,
            payment_method: "cash",
            units: 2,
          })
        )
        expect(res.data.receipt.total).toBe(sold.data.sale.total)
      })
    })

    describe("POST /store/carts/:id/complete with an experience", () => {
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

      it("refuses a group turned into children only, line by line, naming children: no order, no seat reserved", async () => {
        const headers = storeHeaders(store)
        const { data: listing } = await api.get(
          `/store/ocop/experiences/${CHAM.handle}`,
          headers
        )
        const slot = listing.experience.dates[0]
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: store.regionId, email: "khach@example.vn" },
          headers
        )
        const cartId = created.cart.id
        const booked = await responseOf(
          api.post(
            `/store/ocop/experiences/${CHAM.handle}/book`,
            { cart_id: cartId, date: slot.date, guests: 3, children: 1 },
            headers
          )
        )
        expect(booked.status).toBe(200)
        const { data: before } = await api.get(`/store/carts/${cartId}`, headers)
        const adults = before.cart.items.find((i: any) => i.unit_price === 350_000)
        const children = before.cart.items.find(
          (i: any) => i.unit_price === 200_000
        )
        await api.delete(`/store/carts/${cartId}/line-items/${adults.id}`, headers)
        // Clearing the line's metadata must not turn the children into adults either.
        await api.post(
          `/store/carts/${cartId}/line-items/${children.id}`,
          { quantity: 5, metadata: { ocop_guest_kind: "adult" } },
          headers
        )
        await api.post(
          `/store/carts/${cartId}`,
          { metadata: { ocop_lead_visitor: { name: "Trần Văn Bình", phone: "0912345678" } } },
          headers
        )
        await openPaymentSession(api, store, cartId, "pp_system_default")

        const res = await responseOf(
          api.post(`/store/carts/${cartId}/complete`, {}, headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("children")

        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(0)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { id: slot.variant_id },
        })
        const reservations = await container
          .resolve(Modules.INVENTORY)
          .listReservationItems({
            inventory_item_id: variants[0].inventory_items[0].inventory_item_id,
          })
        expect(reservations).toHaveLength(0)
        expect(
          await (container.resolve(EXPERIENCE_MODULE) as any).listExperienceBookings({})
        ).toHaveLength(0)
      })
    })
  },
})
