import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"

// The catalog reads which products match, their order and the facets from its read
// model (decision 025), kept by triggers: every write below must show in the very next
// read, and a certificate's date must count without any write.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      // Bánh hạnh nhân Tiến Anh and three more seeded products.
      store = await seedShop(getContainer(), ["p29", "p20", "p26", "p25"])
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    const list = async (query = "") =>
      (await api.get(`/store/ocop/products${query}`, storeHeaders(store))).data
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const someProduct = async () => (await list("?order=title&limit=1")).products[0]

    describe("GET /store/ocop/products after a write", () => {
      it("fills the read model from the seed: one entry per listed product", async () => {
        const { count } = await list()
        expect(count).toBe(4)
        const [{ n }] = await knex()("ocop_catalog_entry").count("* as n")
        expect(Number(n)).toBe(4)
      })

      it("sorts and filters by a new price at once", async () => {
        const product = await someProduct()
        const { data } = await api.get(`/admin/products/${product.id}?fields=*variants`, admin)
        for (const variant of data.product.variants)
          await api.post(
            `/admin/products/${product.id}/variants/${variant.id}`,
            { prices: [{ currency_code: "vnd", amount: 1000 }] },
            admin
          )
        const cheapest = await list("?order=price&limit=1")
        expect(cheapest.products[0]).toEqual(
          expect.objectContaining({ id: product.id, price_vnd: 1000 })
        )
        const range = await list("?max_price=1000")
        expect(range.products.map((p: any) => p.id)).toEqual([product.id])
        expect(range.count).toBe(1)
      })

      it("drops an unpublished product, then a deleted one, from the page, the count and the facets", async () => {
        const [first, second] = (await list("?order=title")).products
        await api.post(`/admin/products/${first.id}`, { status: "draft" }, admin)
        let after = await list("?order=title")
        expect(after.count).toBe(3)
        expect(after.products.map((p: any) => p.id)).not.toContain(first.id)
        expect(after.facets.stars.reduce((n: number, f: any) => n + f.count, 0)).toBe(3)
        await api.delete(`/admin/products/${second.id}`, admin)
        after = await list("?order=title")
        expect(after.count).toBe(2)
        expect(after.products.map((p: any) => p.id)).not.toContain(second.id)
      })

      it("drops a product moved out of the sales channel", async () => {
        const product = await someProduct()
        const res = await responseOf(
          api.post(
            `/admin/sales-channels/${store.salesChannelId}/products`,
            { remove: [product.id] },
            admin
          )
        )
        expect(res.status).toBe(200)
        const after = await list()
        expect(after.count).toBe(3)
        expect(after.products.map((p: any) => p.id)).not.toContain(product.id)
      })

      it("takes a revoked certificate's product off the catalog and its facets", async () => {
        const product = await someProduct()
        const stars = product.ocop.stars
        const before = await list()
        await api.post(
          `/admin/ocop/certifications/${product.ocop.certification_id}/revoke`,
          { reason: "Ngừng sản xuất" },
          admin
        )
        const after = await list()
        expect(after.count).toBe(3)
        expect(after.products.map((p: any) => p.id)).not.toContain(product.id)
        const countOf = (data: any) =>
          data.facets.stars.find((f: any) => f.value === stars)?.count ?? 0
        expect(countOf(after)).toBe(countOf(before) - 1)
      })

      it("sorts and filters by a re-certified product's new stars", async () => {
        const product = await someProduct()
        const res = await responseOf(
          api.post(
            `/admin/ocop/products/${product.id}/certifications`,
            {
              stars: 5,
              score: 92,
              category_set: "06",
              decision_number: "1/QĐ-BNNMT",
              decision_date: "2026-08-01",
              issuing_body: "Bộ Nông nghiệp và Môi trường",
              issuing_level: "central",
              origin_address: product.origin.address_as_certified ?? "An Giang",
              origin_commune_code: product.origin.commune_code,
              origin_province_code: product.origin.province_code,
            },
            admin
          )
        )
        expect(res.status).toBe(201)
        const five = await list("?stars=5")
        expect(five.products.map((p: any) => p.id)).toContain(product.id)
        expect(
          five.products.find((p: any) => p.id === product.id).ocop.stars
        ).toBe(5)
        const best = await list("?order=-stars&limit=1")
        expect(best.products[0].ocop.stars).toBe(5)
      })

      it("finds a product by its new title and its producer's new name at once, typed without diacritics", async () => {
        const product = await someProduct()
        await api.post(`/admin/products/${product.id}`, { title: "Mứt gừng Đồng Tháp" }, admin)
        const byTitle = await list("?q=mut%20gung%20dong")
        expect(byTitle.products.map((p: any) => p.id)).toEqual([product.id])
        expect(byTitle.count).toBe(1)
        expect(byTitle.facets.stars.reduce((n: number, f: any) => n + f.count, 0)).toBe(1)

        const other = (await list("?order=-title")).products.find(
          (p: any) => p.producer && p.producer.id !== product.producer?.id
        )
        const res = await responseOf(
          api.post(`/admin/ocop/producers/${other.producer.id}`, { name: "Hợp tác xã Ốc Đảo" }, admin)
        )
        expect(res.status).toBe(200)
        const byProducer = await list("?q=oc%20dao")
        expect(byProducer.products.map((p: any) => p.producer.id)).toEqual(
          expect.arrayContaining([other.producer.id])
        )
        expect(byProducer.products.every((p: any) => p.producer.name === "Hợp tác xã Ốc Đảo")).toBe(true)
        expect((await list("?q=xyzzy")).count).toBe(0)
      })

      it("counts a certificate past its last day as expired, though nothing marked it", async () => {
        const product = await someProduct()
        // As if the date had passed: the stored status stays "active".
        await knex()("ocop_certification")
          .where("id", product.ocop.certification_id)
          .update({ valid_until: new Date(Date.now() - 2 * 86400_000), status: "active" })
        const expired = await list("?status=expired")
        expect(expired.products.map((p: any) => p.id)).toContain(product.id)
        const active = await list("?status=active")
        expect(active.products.map((p: any) => p.id)).not.toContain(product.id)
        // Recommended: currently certified products first, so this one comes last.
        const recommended = await list("?limit=10")
        const ids = recommended.products.map((p: any) => p.id)
        const lapsed = recommended.products.filter((p: any) => p.ocop.status === "expired")
        expect(ids.slice(-lapsed.length)).toEqual(lapsed.map((p: any) => p.id))
        expect(recommended.products.find((p: any) => p.id === product.id).ocop.status).toBe(
          "expired"
        )
      })
    })
  },
})
