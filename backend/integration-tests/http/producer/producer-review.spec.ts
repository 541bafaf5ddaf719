import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { certificateInput, producerSession, seedProducerLogins } from "../producer-fixtures"

// Hộ kinh doanh ANAS (An Giang) lists a new product and submits its certificate.
const listingInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Khô bò một nắng ANAS",
  description: "Khô bò phơi một nắng theo cách người Chăm Châu Phong.",
  category_set: "08",
  weight: 250,
  variants: [{ title: "Gói 250 g", price_vnd: 120000, weight: 250 }],
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

    const certifications = () =>
      (getContainer().resolve(CERTIFICATION_MODULE) as any).listCertifications(
        {}
      )
    const storeProduct = (handle: string) =>
      responseOf(api.get(`/store/ocop/products/${handle}`, storeHeaders(store)))
    const createListing = async (overrides = {}) =>
      (
        await api.post(
          "/producer/products",
          listingInput(overrides),
          producer.headers
        )
      ).data.product
    const submit = async (productId: string, overrides = {}) =>
      responseOf(
        api.post(
          `/producer/products/${productId}/certifications`,
          certificateInput(overrides),
          producer.headers
        )
      )

    describe("POST /admin/ocop/certifications/:id/approve", () => {
      it("keeps a listing out of the store until the office approves its certificate, then shows it with its stars", async () => {
        const listing = await createListing()
        expect(listing.status).toBe("draft")
        const submitted = await submit(listing.id)
        expect(submitted.status).toBe(201)
        expect(submitted.data.certification.status).toBe("pending_review")
        expect((await storeProduct(listing.handle)).status).toBe(404)

        const queue = await api.get(
          "/admin/ocop/certifications?status=pending_review",
          admin
        )
        expect(queue.data.certifications.map((c: any) => c.id)).toEqual([
          submitted.data.certification.id,
        ])

        const approved = await responseOf(
          api.post(
            `/admin/ocop/certifications/${submitted.data.certification.id}/approve`,
            {},
            admin
          )
        )
        expect(approved.status).toBe(200)
        expect(approved.data.certification.status).toBe("active")

        const shown = await storeProduct(listing.handle)
        expect(shown.status).toBe(200)
        expect(shown.data.product).toEqual(
          expect.objectContaining({
            is_ocop: true,
            ocop: expect.objectContaining({ stars: 3 }),
          })
        )
      })

      it("keeps the approved certificate in the store while a changed one waits for review, and replaces it on approval", async () => {
        const listing = await createListing()
        const first = await submit(listing.id)
        await api.post(
          `/admin/ocop/certifications/${first.data.certification.id}/approve`,
          {},
          admin
        )
        const upgrade = await submit(listing.id, {
          stars: 4,
          score: 75,
          decision_number: "3001/QĐ-UBND",
          decision_date: "2026-10-20",
        })
        expect(upgrade.status).toBe(201)
        const during = await storeProduct(listing.handle)
        expect(during.data.product.ocop.stars).toBe(3)
        expect(
          during.data.product.certification_history.map((c: any) => c.status)
        ).toEqual(["active"])

        await api.post(
          `/admin/ocop/certifications/${upgrade.data.certification.id}/approve`,
          {},
          admin
        )
        const after = await storeProduct(listing.handle)
        expect(after.data.product.ocop.stars).toBe(4)
        const statuses = Object.fromEntries(
          (await certifications()).map((c: any) => [
            c.decision_number,
            c.status,
          ])
        )
        expect(statuses["2735/QĐ-UBND"]).toBe("superseded")
        expect(statuses["3001/QĐ-UBND"]).toBe("active")
      })

      it("refuses to approve a certificate that is not waiting for review, naming the status", async () => {
        const listing = await createListing()
        const submitted = await submit(listing.id)
        const id = submitted.data.certification.id
        await api.post(`/admin/ocop/certifications/${id}/approve`, {}, admin)
        const again = await responseOf(
          api.post(`/admin/ocop/certifications/${id}/approve`, {}, admin)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("status")
      })

      it("does not let a producer approve its own certificate", async () => {
        const listing = await createListing()
        const submitted = await submit(listing.id)
        const res = await responseOf(
          api.post(
            `/admin/ocop/certifications/${submitted.data.certification.id}/approve`,
            {},
            producer.headers
          )
        )
        expect(res.status).toBe(401)
        const [stored] = (await certifications()).filter(
          (c: any) => c.id === submitted.data.certification.id
        )
        expect(stored.status).toBe("pending_review")
        expect((await storeProduct(listing.handle)).status).toBe(404)
      })
    })

    describe("POST /admin/ocop/certifications/:id/reject", () => {
      it("rejects with a reason the producer sees, and the listing stays out of the store", async () => {
        const listing = await createListing()
        const submitted = await submit(listing.id)
        const res = await responseOf(
          api.post(
            `/admin/ocop/certifications/${submitted.data.certification.id}/reject`,
            { reason: "Bản scan không đọc được số quyết định" },
            admin
          )
        )
        expect(res.status).toBe(200)
        expect(res.data.certification.status).toBe("rejected")
        const seen = await api.get(
          `/producer/products/${listing.id}`,
          producer.headers
        )
        expect(seen.data.product.review).toEqual({
          certification_id: submitted.data.certification.id,
          status: "rejected",
          reason: "Bản scan không đọc được số quyết định",
        })
        expect((await storeProduct(listing.handle)).status).toBe(404)
      })

      it("requires a reason", async () => {
        const listing = await createListing()
        const submitted = await submit(listing.id)
        const res = await responseOf(
          api.post(
            `/admin/ocop/certifications/${submitted.data.certification.id}/reject`,
            {},
            admin
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("reason")
      })
    })

    describe("POST /producer/products/:id/certifications", () => {
      const badInputs: [string, Record<string, unknown>, string][] = [
        ["stars that contradict the score", { stars: 4, score: 55 }, "score"],
        [
          "a 5★ claimed at province level",
          { stars: 5, score: 92 },
          "issuing_level",
        ],
        [
          "a validity over 36 months",
          { valid_until: "2029-09-16" },
          "valid_until",
        ],
        [
          "a decision date in the future",
          { decision_date: "2099-01-01" },
          "decision_date",
        ],
        [
          "a scan that is not an image or PDF",
          { certificate_scan_url: "http://localhost:9000/static/scan.exe" },
          "certificate_scan_url",
        ],
      ]
      it.each(badInputs)(
        "rejects %s with a 400 naming the field and writes nothing",
        async (_label, overrides, field) => {
          const listing = await createListing()
          const before = (await certifications()).length
          const res = await submit(listing.id, overrides)
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
          expect((await certifications()).length).toBe(before)
        }
      )
    })

    describe("POST /producer/products/:id", () => {
      it("edits the price and description of a published listing without sending it back to review", async () => {
        const listing = await createListing()
        const submitted = await submit(listing.id)
        await api.post(
          `/admin/ocop/certifications/${submitted.data.certification.id}/approve`,
          {},
          admin
        )
        const res = await responseOf(
          api.post(
            `/producer/products/${listing.id}`,
            {
              description: "Khô bò một nắng, ướp sả ớt.",
              prices: [
                { variant_id: listing.variants[0].id, price_vnd: 135000 },
              ],
            },
            producer.headers
          )
        )
        expect(res.status).toBe(200)
        expect(res.data.product).toEqual(
          expect.objectContaining({
            status: "published",
            description: "Khô bò một nắng, ướp sả ớt.",
            review: expect.objectContaining({ status: "active" }),
          })
        )
        const shown = await storeProduct(listing.handle)
        expect(shown.data.product.price_vnd).toBe(135000)
        expect(shown.data.product.is_ocop).toBe(true)
      })
    })
  },
})
