import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureEnglish } from "../../../src/scripts/seed/english"
import { ensureSalesPoints } from "../../../src/scripts/seed/sales-points"
import { responseOf, seedShop, storeHeaders } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"

// Bánh hạnh nhân Tiến Anh (two packs) and Tung lò mò ANAS, with the seed's English.
const KEYS = ["p29", "p04"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let vi: { headers: Record<string, string> }
    let en: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedShop(getContainer(), KEYS)
      await ensureSalesPoints(getContainer())
      await ensureEnglish(getContainer())
      vi = storeHeaders(store)
      en = { headers: { ...vi.headers, "x-medusa-locale": "en-US" } }
      await dbUtils.snapshot()
    })

    describe("GET /store/ocop/products in English", () => {
      it("gives English titles to an English request and Vietnamese to any other", async () => {
        const english = await responseOf(api.get("/store/ocop/products", en))
        const vietnamese = await responseOf(api.get("/store/ocop/products", vi))
        expect(english.status).toBe(200)
        const titles = (res: any) =>
          Object.fromEntries(res.data.products.map((p: any) => [p.handle, p.title]))
        expect(titles(english)).toEqual(
          expect.objectContaining({
            "banh-hanh-nhan-tien-anh": "Vietnamese almond-shaped cookies",
          })
        )
        expect(titles(vietnamese)).toEqual(
          expect.objectContaining({
            "banh-hanh-nhan-tien-anh": "Bánh hạnh nhân Tiến Anh",
          })
        )
      })

      it("reads the language from ?locale= as Medusa's own routes do", async () => {
        const res = await responseOf(
          api.get("/store/ocop/products?locale=en-US&limit=5", vi)
        )
        expect(res.status).toBe(200)
        expect(res.data.products.map((p: any) => p.title)).toContain(
          "Vietnamese almond-shaped cookies"
        )
      })
    })

    describe("GET /store/ocop/products/:handle in English", () => {
      it("names the product, its packs, the pack option, the producer's story and the sales points' hours in English", async () => {
        const res = await responseOf(
          api.get("/store/ocop/products/banh-hanh-nhan-tien-anh", en)
        )
        expect(res.status).toBe(200)
        const { product } = res.data
        expect(product.title).toBe("Vietnamese almond-shaped cookies")
        expect(product.description).toMatch(/^Vietnamese almond-shaped cookies/)
        expect(product.options[0].title).toBe("Pack")
        for (const v of product.variants) {
          expect(v.title).not.toMatch(/Hộp|Gói|Hũ/)
          expect(v.options[0]).toEqual({ option: "Pack", value: v.title })
        }
        expect(product.producer.name).toBe(
          "Công ty TNHH Sản xuất - Thương mại Tiến Anh"
        )
        for (const point of product.sales_points ?? []) {
          expect(point.opening_hours).not.toMatch(/hằng ngày|thứ/)
          expect(point.address).not.toMatch(/minh họa/)
        }
      })

      it("keeps the Vietnamese original for a request without a language", async () => {
        const res = await responseOf(
          api.get("/store/ocop/products/banh-hanh-nhan-tien-anh", vi)
        )
        expect(res.data.product.title).toBe("Bánh hạnh nhân Tiến Anh")
        expect(res.data.product.options[0].title).toBe("Quy cách")
      })
    })

    describe("GET /store/ocop/producers/:id in English", () => {
      it("tells the producer's story in English and keeps its name", async () => {
        const res = await responseOf(
          api.get("/store/ocop/producers/tien-anh", en)
        )
        expect(res.status).toBe(200)
        expect(res.data.producer.name).toBe(
          "Công ty TNHH Sản xuất - Thương mại Tiến Anh"
        )
        expect(res.data.producer.story).toMatch(/is an enterprise based in/)
        expect(res.data.producer.products[0].title).toBe(
          "Vietnamese almond-shaped cookies"
        )
      })
    })

    describe("GET /store/ocop/sales-points in English", () => {
      it("gives every seeded point English hours and address", async () => {
        const res = await responseOf(api.get("/store/ocop/sales-points", en))
        expect(res.status).toBe(200)
        expect(res.data.sales_points.length).toBeGreaterThan(0)
        for (const p of res.data.sales_points) {
          expect(p.opening_hours).toMatch(/daily|Monday/)
          expect(p.address).toMatch(/\(illustrative address\)$/)
        }
      })
    })

    describe("GET /store/shipping-options for an English cart", () => {
      it("names the delivery options in English", async () => {
        // A cart lists the options of the goods it holds (one shipment per producer).
        const { data: products } = await api.get(
          "/store/products?handle=banh-hanh-nhan-tien-anh&fields=variants.id",
          vi
        )
        const {
          data: { cart },
        } = await api.post(
          "/store/carts",
          {
            region_id: store.regionId,
            locale: "en-US",
            items: [{ variant_id: products.products[0].variants[0].id, quantity: 1 }],
          },
          vi
        )
        const res = await responseOf(
          api.get(`/store/shipping-options?cart_id=${cart.id}`, vi)
        )
        expect(res.status).toBe(200)
        const names = res.data.shipping_options.map((o: any) => o.name)
        expect(names).toEqual(
          expect.arrayContaining(["Standard delivery", "Express delivery"])
        )
      })
    })

    describe("ensureEnglish", () => {
      it("adds nothing when run again", async () => {
        const count = async () =>
          (
            await getContainer()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({ entity: "translation", fields: ["id"] })
          ).data.length
        const before = await count()
        await ensureEnglish(getContainer())
        expect(await count()).toBe(before)
        expect(before).toBeGreaterThan(5)
      })
    })
  },
})
