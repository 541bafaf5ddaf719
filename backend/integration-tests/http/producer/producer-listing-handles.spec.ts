import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { certificateInput, producerSession, seedProducerLogins } from "../producer-fixtures"

const listingInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Kẹo thốt nốt Đặc biệt",
  description: "Kẹo nấu từ đường thốt nốt Tri Tôn.",
  category_set: "08",
  weight: 200,
  variants: [{ title: "Hộp 200 g", price_vnd: 45000, weight: 200 }],
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let admin: { headers: Record<string, string> }
    let producer: Awaited<ReturnType<typeof producerSession>>

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      producer = await producerSession(api, getContainer(), "anas")
    })

    const createListing = async (overrides = {}) =>
      responseOf(
        api.post(
          "/producer/products",
          listingInput(overrides),
          producer.headers
        )
      )
    const storeProduct = (handle: string) =>
      responseOf(
        api.get(
          `/store/ocop/products/${encodeURIComponent(handle)}`,
          storeHeaders(store)
        )
      )
    const publish = async (productId: string) => {
      const submitted = await api.post(
        `/producer/products/${productId}/certifications`,
        certificateInput(),
        producer.headers
      )
      await api.post(
        `/admin/ocop/certifications/${submitted.data.certification.id}/approve`,
        {},
        admin
      )
    }

    describe("POST /producer/products", () => {
      it("gives a Vietnamese title an ASCII handle, numbered when the title repeats", async () => {
        const first = await createListing()
        expect(first.status).toBe(201)
        expect(first.data.product.handle).toBe("keo-thot-not-dac-biet")

        const second = await createListing()
        expect(second.status).toBe(201)
        expect(second.data.product.handle).toBe("keo-thot-not-dac-biet-2")
      })
    })

    describe("POST /producer/products/:id", () => {
      it("moves a listing stored under a diacritic handle to its ASCII handle, and the old link still finds it", async () => {
        const { data } = await createListing()
        const legacy = "kẹo-thốt-nốt-đặc-biệt"
        // A listing created before handles were folded.
        await getContainer()
          .resolve(Modules.PRODUCT)
          .updateProducts(data.product.id, { handle: legacy })
        await publish(data.product.id)
        expect((await storeProduct(legacy)).status).toBe(200)

        const edited = await responseOf(
          api.post(
            `/producer/products/${data.product.id}`,
            { description: "Kẹo thốt nốt, hộp giấy mới." },
            producer.headers
          )
        )
        expect(edited.status).toBe(200)
        expect(edited.data.product.handle).toBe("keo-thot-not-dac-biet")

        const byNew = await storeProduct("keo-thot-not-dac-biet")
        expect(byNew.status).toBe(200)
        const byOld = await storeProduct(legacy)
        expect(byOld.status).toBe(200)
        expect(byOld.data.product).toEqual(
          expect.objectContaining({
            id: data.product.id,
            handle: "keo-thot-not-dac-biet",
          })
        )
      })

      it("keeps an ASCII handle when the title changes, so printed links stay valid", async () => {
        const { data } = await createListing()
        const edited = await responseOf(
          api.post(
            `/producer/products/${data.product.id}`,
            { title: "Kẹo thốt nốt Palmania" },
            producer.headers
          )
        )
        expect(edited.status).toBe(200)
        expect(edited.data.product.handle).toBe(data.product.handle)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("answers 404 for a handle no listing ever had", async () => {
        expect((await storeProduct("khong-co-san-pham-nay")).status).toBe(404)
      })
      it("says a listing with stock nowhere is not in stock, so the shop can say so before the cart refuses it", async () => {
        const { data } = await createListing()
        await publish(data.product.id)
        const shown = await storeProduct(data.product.handle)
        expect(shown.status).toBe(200)
        expect(shown.data.product.variants).toEqual([
          expect.objectContaining({ title: "Hộp 200 g", in_stock: false }),
        ])
      })
    })
  },
})
