import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ensureSalesPoints } from "../../../src/scripts/seed/sales-points"
import { seedShop, storeHeaders, responseOf } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"

// The whole seeded catalog is built once and snapshotted; the runner restores the
// snapshot before every test, so each test starts from the same 42 products.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedShop(getContainer())
      headers = storeHeaders(store)
      await dbUtils.snapshot()
    })

    const list = (query = "") =>
      responseOf(api.get(`/store/ocop/products${query}`, headers))

    describe("GET /store/ocop/products", () => {
      it("lists every seeded OCOP product with its provenance and a VND price", async () => {
        const res = await list("?limit=100")
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(42)
        expect(res.data.products).toHaveLength(42)
        const anas = res.data.products.find(
          (p: any) => p.handle === "tung-lo-mo-lap-xuong-bo-anas"
        )
        expect(anas).toEqual(
          expect.objectContaining({
            title: "Tung lò mò (lạp xưởng bò) ANAS",
            price_vnd: expect.any(Number),
            ocop: expect.objectContaining({ stars: 3, recognized_year: 2020 }),
            producer: expect.objectContaining({
              name: "Hộ kinh doanh ANAS",
              type: "household_business",
            }),
            origin: expect.objectContaining({
              commune_code: "30403",
              commune_name: "Xã Châu Phong",
              province_code: "91",
              province_name: "Tỉnh An Giang",
              address_as_certified: expect.stringContaining("Tân Châu"),
            }),
          })
        )
        for (const p of res.data.products)
          expect(Number.isInteger(p.price_vnd)).toBe(true)
      })

      it("counts the facets of the seeded data: 4 five-star, 19 four-star, 19 three-star", async () => {
        const { data } = await list()
        expect(data.facets.stars).toEqual([
          { value: 5, label: "5★", count: 4 },
          { value: 4, label: "4★", count: 19 },
          { value: 3, label: "3★", count: 19 },
        ])
        expect(data.facets.province).toEqual([
          { value: "91", label: "Tỉnh An Giang", count: 33 },
          { value: "92", label: "Thành phố Cần Thơ", count: 9 },
        ])
        const sugar = data.facets.category.find((f: any) => f.value === "04")
        expect(sugar).toEqual({
          value: "04",
          label: expect.stringContaining("Mật ong"),
          count: 6,
        })
      })

      it("filters by a list of stars and counts facets over the filtered set only", async () => {
        const { data } = await list("?stars=5,4")
        expect(data.count).toBe(23)
        expect(data.products.every((p: any) => p.ocop.stars >= 4)).toBe(true)
        expect(data.facets.stars.map((f: any) => f.value)).toEqual([5, 4])
        const provinceTotal = data.facets.province.reduce(
          (n: number, f: any) => n + f.count,
          0
        )
        expect(provinceTotal).toBe(23)
      })

      it("filters by a minimum star rating and a province", async () => {
        const { data } = await list("?min_stars=4&province=92")
        expect(data.count).toBe(8)
        expect(
          data.products.every(
            (p: any) => p.ocop.stars >= 4 && p.origin.province_code === "92"
          )
        ).toBe(true)
      })

      it("filters by commune, category and producer (id or handle)", async () => {
        const byCommune = await list("?commune=30403")
        expect(
          byCommune.data.products.map((p: any) => p.handle).sort()
        ).toEqual(["lo-mo-pdam-kho-bo", "tung-lo-mo-lap-xuong-bo-anas"])
        const byCategory = await list("?category=04")
        expect(byCategory.data.count).toBe(6)
        expect(
          byCategory.data.products.every(
            (p: any) => p.ocop.category.set === "04"
          )
        ).toBe(true)
        const byHandle = await list("?producer=ky-nhu")
        expect(byHandle.data.count).toBe(2)
        const byId = await list(
          `?producer=${byHandle.data.products[0].producer.id}`
        )
        expect(byId.data.count).toBe(2)
      })

      it("finds products typed without diacritics", async () => {
        const { data } = await list("?q=duong%20thot%20not")
        expect(data.count).toBeGreaterThanOrEqual(4)
        expect(
          data.products.every((p: any) => p.title.startsWith("Đường thốt nốt"))
        ).toBe(true)
      })

      it("finds whole words, not letters inside other words", async () => {
        // "khô cá": dried fish. "kho" is inside "không" (Chanh không hạt) and "khoáng"
        // (Nước khoáng), "ca" inside "Cần Thơ": a shopper wants none of those.
        const { data } = await list("?q=kh%C3%B4%20c%C3%A1&limit=100")
        expect(data.count).toBeGreaterThan(0)
        const words = (p: any) =>
          [p.title, p.subtitle, p.producer?.name, p.origin?.address_as_certified, p.origin?.commune_name, p.origin?.province_name]
            .filter(Boolean)
            .join(" ")
            .normalize("NFD")
            .replace(/\p{M}/gu, "")
            .toLowerCase()
            .split(/[^a-z0-9]+/)
        for (const product of data.products) {
          expect(words(product)).toContain("kho")
          expect(words(product)).toContain("ca")
        }
        expect(data.products.map((p: any) => p.title)).not.toContain(
          expect.stringMatching(/Chanh không hạt|Nước khoáng/)
        )
        // Words are split at punctuation as the products' words are, and the order of
        // the words does not matter.
        for (const q of ["kh%C3%B4-c%C3%A1", "C%C3%A1%2C%20kh%C3%B4"])
          expect((await list(`?q=${q}&limit=1`)).data.count).toBe(data.count)
        // Punctuation alone is no word: nothing, not the whole catalog.
        expect((await list("?q=%25%25%20(%20_")).data.count).toBe(0)
      })

      it("tells currently valid certificates from expired ones", async () => {
        const { data } = await list("?status=active&limit=100")
        expect(data.count).toBeGreaterThan(0)
        expect(
          data.products.every(
            (p: any) => p.ocop.status === "active" && p.is_ocop
          )
        ).toBe(true)
        const expired = await list("?status=expired&limit=100")
        expect(expired.data.count + data.count).toBe(42)
        // Decision 2497/QĐ-UBND of 10/10/2022 ran out after 36 months.
        const tea = expired.data.products.find(
          (p: any) => p.handle === "tra-kim-ngan-hoa-tui-loc"
        )
        expect(tea.ocop).toEqual(
          expect.objectContaining({
            valid_until: "2025-10-10",
            status: "expired",
          })
        )
        expect(tea.is_ocop).toBe(false)
      })

      it("sorts by price and pages without repeating a product", async () => {
        const first = await list("?order=price&limit=5")
        const second = await list("?order=price&limit=5&offset=5")
        const prices = [...first.data.products, ...second.data.products].map(
          (p: any) => p.price_vnd
        )
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
        const ids = [...first.data.products, ...second.data.products].map(
          (p: any) => p.id
        )
        expect(new Set(ids).size).toBe(10)
      })

      it("filters by a price range in đồng", async () => {
        const { data } = await list(
          "?min_price=100000&max_price=200000&limit=100"
        )
        expect(data.count).toBeGreaterThan(0)
        expect(
          data.products.every(
            (p: any) => p.price_vnd >= 100000 && p.price_vnd <= 200000
          )
        ).toBe(true)
      })

      it.each([
        ["stars=6", "stars"],
        ["min_stars=0", "min_stars"],
        ["province=An%20Giang", "province"],
        ["order=cheapest", "order"],
        ["limit=1000", "limit"],
        ["color=red", "color"],
      ])("rejects ?%s with a 400 naming %s", async (query, field) => {
        const res = await list(`?${query}`)
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toContain(field)
      })

      it("requires a publishable key", async () => {
        const res = await responseOf(api.get("/store/ocop/products"))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })

    describe("the seed", () => {
      it("changes nothing when it runs again", async () => {
        const before = await list("?limit=100")
        await seedShop(getContainer())
        const after = await list("?limit=100")
        expect(after.data.count).toBe(42)
        expect(after.data.products.map((p: any) => p.id).sort()).toEqual(
          before.data.products.map((p: any) => p.id).sort()
        )
        expect(after.data.facets.producer).toEqual(before.data.facets.producer)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("adds the description, variants with VND prices and the certification history", async () => {
        const res = await responseOf(
          api.get(
            "/store/ocop/products/ca-that-lat-rut-xuong-tam-gia-vi-ky-nhu",
            headers
          )
        )
        expect(res.status).toBe(200)
        const { product } = res.data
        expect(product.description).toContain("Kỳ Như")
        expect(product.variants.length).toBeGreaterThan(0)
        for (const v of product.variants)
          expect(Number.isInteger(v.price_vnd)).toBe(true)
        expect(product.certification_history).toEqual([
          expect.objectContaining({
            stars: 5,
            status: "active",
            issuing_level: "central",
          }),
        ])
        expect(product.origin).toEqual(
          expect.objectContaining({
            commune_code: "31408",
            province_code: "92",
          })
        )
      })

      it("answers everything the product page shows in one call: the shop's notes and where to buy in person", async () => {
        const handle = "ca-that-lat-rut-xuong-tam-gia-vi-ky-nhu"
        // Plenty at one sales point, two left at another, none elsewhere.
        const container = getContainer()
        await ensureSalesPoints(container)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [seeded],
        } = await query.graph({
          entity: "product",
          fields: ["id", "variants.inventory_items.inventory_item_id"],
          filters: { handle },
        })
        const itemIds = (seeded as any).variants.map(
          (v: any) => v.inventory_items[0].inventory_item_id
        )
        const { data: points } = await query.graph({
          entity: "sales_point",
          fields: ["id", "stock_location.id"],
        })
        const inventory = container.resolve(Modules.INVENTORY)
        for (const [i, p] of (points as any[]).entries()) {
          const levels = await inventory.listInventoryLevels({
            location_id: p.stock_location.id,
            inventory_item_id: itemIds,
          })
          await inventory.updateInventoryLevels(
            levels.map((l, j) => ({
              inventory_item_id: l.inventory_item_id,
              location_id: l.location_id,
              stocked_quantity: i === 0 ? 40 : i === 1 && j === 0 ? 2 : 0,
            }))
          )
        }

        const res = await api.get(`/store/ocop/products/${handle}`, headers)
        const { product } = res.data
        expect(product.shop).toEqual({
          age_restricted: false,
          vat_rate: 8,
          prices_illustrative: true,
        })
        expect(
          Object.fromEntries(
            product.sales_points.map((p: any) => [p.id, p.availability])
          )
        ).toEqual({
          [(points[0] as any).id]: "in_stock",
          [(points[1] as any).id]: "few_left",
        })
        for (const point of product.sales_points) {
          expect(point).toEqual(
            expect.objectContaining({
              name: expect.any(String),
              address: expect.any(String),
            })
          )
          expect(point).not.toHaveProperty("stock_location_id")
        }
        // Shoppers learn "in stock" or "few left", never a count.
        expect(JSON.stringify(product.sales_points)).not.toMatch(/quantity/)
        const listed = await api.get(
          `/store/ocop/sales-points?product_id=${product.id}`,
          headers
        )
        expect(product.sales_points).toEqual(listed.data.sales_points)
      })

      it("says that a rice wine is sold to adults only, with its own VAT rate", async () => {
        const res = await api.get(
          "/store/ocop/products/ruou-thot-not-minh-thien",
          headers
        )
        expect(res.data.product.shop).toEqual(
          expect.objectContaining({ age_restricted: true, vat_rate: 10 })
        )
      })

      it("offers the packs in the same order on every visit, the smallest first", async () => {
        for (let visit = 0; visit < 3; visit++) {
          const res = await api.get(
            "/store/ocop/products/banh-hanh-nhan-tien-anh",
            headers
          )
          expect(
            res.data.product.variants.map((v: any) => [v.title, v.price_vnd])
          ).toEqual([
            ["Hộp 250 g", 45000],
            ["Hộp 500 g", 85000],
          ])
        }
      })

      it("answers 404 for an unknown handle", async () => {
        const res = await responseOf(
          api.get("/store/ocop/products/khong-co-san-pham-nay", headers)
        )
        expect(res.status).toBe(404)
      })
    })

    describe("GET /store/ocop/products/:handle?related=N", () => {
      const product = (handle: string, query = "") =>
        responseOf(api.get(`/store/ocop/products/${handle}${query}`, headers))

      it("answers the three rails in the product's own call: same producer, same set, same province", async () => {
        const res = await product("kho-ca-sac-ran-mot-nang-ky-nhu-kho-lac", "?related=4")
        expect(res.status).toBe(200)
        const self = res.data.product
        const { producer, category, province } = self.related
        // Kỳ Như makes two seeded products: the other one is the producer's rail.
        expect(producer.map((p: any) => p.handle)).toEqual([
          "ca-that-lat-rut-xuong-tam-gia-vi-ky-nhu",
        ])
        expect(category.length).toBeGreaterThan(0)
        expect(province).toHaveLength(4)
        for (const p of category)
          expect(p.ocop.category.set).toBe(self.ocop.category.set)
        for (const p of province)
          expect(p.origin.province_code).toBe(self.origin.province_code)
        for (const rail of [producer, category, province]) {
          expect(rail.length).toBeLessThanOrEqual(4)
          for (const p of rail)
            expect(p).toEqual(
              expect.objectContaining({
                title: expect.any(String),
                thumbnail: expect.any(String),
                price_vnd: expect.any(Number),
                rating: expect.objectContaining({ count: expect.any(Number) }),
              })
            )
        }
        // Never the product itself, and each product on one rail only.
        const handles = [...producer, ...category, ...province].map(
          (p: any) => p.handle
        )
        expect(handles).not.toContain(self.handle)
        expect(new Set(handles).size).toBe(handles.length)
      })

      it("leaves the rails out unless asked for", async () => {
        const res = await product("kho-ca-sac-ran-mot-nang-ky-nhu-kho-lac")
        expect(res.status).toBe(200)
        expect(res.data.product.related).toBeNull()
      })

      it("leaves a rail empty when no other product fits it", async () => {
        // Thái Minh Nguyên makes one seeded product.
        const res = await product("tra-kim-ngan-hoa-tui-loc", "?related=3")
        expect(res.data.product.related.producer).toEqual([])
        expect(res.data.product.related.province).toHaveLength(3)
      })

      it("rejects a card count that is not a small whole number, naming the field", async () => {
        for (const bad of ["?related=abc", "?related=50", "?related=-1", "?rails=4"]) {
          const res = await product("tung-lo-mo-lap-xuong-bo-anas", bad)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/related|rails/)
        }
      })
    })

    describe("GET /store/ocop/producers/:id", () => {
      it("returns the producer with its commune, former units and products, by handle or id", async () => {
        const byHandle = await responseOf(
          api.get("/store/ocop/producers/thanh-ho", headers)
        )
        expect(byHandle.status).toBe(200)
        const { producer } = byHandle.data
        expect(producer).toEqual(
          expect.objectContaining({
            name: "Công ty TNHH SX-TM Thanh Hồ",
            type: "enterprise",
            province: { code: "91", name: "Tỉnh An Giang" },
          })
        )
        expect(producer.commune).toEqual(
          expect.objectContaining({ code: "30376", name: "Phường Tân Châu" })
        )
        expect(producer.products.map((p: any) => p.handle).sort()).toEqual([
          "tuong-hot-thanh-ho",
          "tuong-xay-thanh-ho",
        ])
        const byId = await responseOf(
          api.get(`/store/ocop/producers/${producer.id}`, headers)
        )
        expect(byId.data.producer.id).toBe(producer.id)
      })

      it("answers 404 for an unknown producer", async () => {
        const res = await responseOf(
          api.get("/store/ocop/producers/khong-ai", headers)
        )
        expect(res.status).toBe(404)
      })
    })

    describe("GET /store/ocop/communes and /store/ocop/provinces", () => {
      it("finds a commune by a former name, without diacritics", async () => {
        const res = await responseOf(
          api.get("/store/ocop/communes?q=le%20chanh", headers)
        )
        expect(res.status).toBe(200)
        expect(res.data.communes.map((c: any) => c.code)).toContain("30403")
      })

      it("lists a province's communes", async () => {
        const res = await responseOf(
          api.get("/store/ocop/communes?province_code=91&limit=100", headers)
        )
        expect(res.data.count).toBe(102)
      })

      it("rejects a malformed province code naming the field", async () => {
        const res = await responseOf(
          api.get("/store/ocop/communes?province_code=AG", headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("province_code")
      })

      it("lists the provinces that were loaded", async () => {
        const res = await responseOf(api.get("/store/ocop/provinces", headers))
        expect(res.data.provinces.map((p: any) => p.code)).toEqual(["91", "92"])
      })
    })

    describe("GET /store/products (standard Medusa)", () => {
      it("still answers standard clients and exposes the OCOP links through fields", async () => {
        const res = await responseOf(
          api.get(
            "/store/products?limit=100&fields=id,title,%2Bcertifications.*,%2Bproducer.*",
            headers
          )
        )
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(42)
        const withCert = res.data.products.filter(
          (p: any) => p.certifications?.length
        )
        expect(withCert).toHaveLength(42)
        expect(
          res.data.products.some(
            (p: any) => p.producer?.name === "Hợp tác xã Kỳ Như"
          )
        ).toBe(true)
      })
    })
  },
})
