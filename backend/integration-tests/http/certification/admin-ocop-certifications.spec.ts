import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import {
  attachCertificationWorkflow,
  expireCertificationsWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"

// A 4★ provincial certificate as An Giang issued them under 148/QĐ-TTg.
const certificationInput = (overrides: Record<string, unknown> = {}) => ({
  stars: 4,
  score: 78.1,
  category_set: "06",
  decision_number: "912/QĐ-UBND",
  decision_date: "2024-06-04",
  issuing_body: "UBND tỉnh An Giang",
  issuing_level: "province",
  origin_address: "ấp Thị 2, Thị trấn Chợ Mới, Huyện Chợ Mới, An Giang",
  origin_commune_code: "30628",
  origin_province_code: "91",
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let headers: { headers: Record<string, string> }
    let productId: string

    beforeAll(async () => {
      // One seeded product (Bánh hạnh nhân Tiến Anh) with its 2024 certificate.
      store = await seedShop(getContainer(), ["p29"])
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      headers = await adminHeaders(api, getContainer())
      const { data } = await api.get(
        "/admin/products?handle=banh-hanh-nhan-tien-anh",
        headers
      )
      productId = data.products[0].id
    })

    const certifications = () =>
      (getContainer().resolve(CERTIFICATION_MODULE) as any).listCertifications(
        {},
        { order: { created_at: "ASC" } }
      )
    const history = async () =>
      (
        await api.get(
          `/admin/ocop/products/${productId}/certifications`,
          headers
        )
      ).data

    describe("POST /admin/ocop/products/:id/certifications", () => {
      it("attaches a certificate valid 36 months from its decision, replacing the current one", async () => {
        const res = await responseOf(
          api.post(
            `/admin/ocop/products/${productId}/certifications`,
            certificationInput({
              decision_number: "100/QĐ-UBND",
              decision_date: "2026-08-01",
              stars: 4,
              score: 82,
            }),
            headers
          )
        )
        expect(res.status).toBe(201)
        expect(res.data.certification).toEqual(
          expect.objectContaining({
            decision_number: "100/QĐ-UBND",
            valid_until: "2029-08-01T00:00:00.000Z",
            status: "active",
            legal_framework: "26-2026",
            product: expect.objectContaining({ id: productId }),
          })
        )
        const { current, certifications: all } = await history()
        expect(current.decision_number).toBe("100/QĐ-UBND")
        expect(all.map((c: any) => c.status).sort()).toEqual([
          "active",
          "superseded",
        ])
      })

      it.each([
        [{ stars: 5, score: 60 }, "score"],
        [{ stars: 3, score: 92 }, "score"],
        [
          { valid_from: "2024-06-04", valid_until: "2023-01-01" },
          "valid_until",
        ],
        [{ origin_commune_code: "30000" }, "origin_commune_code"],
        [{ category_set: "27" }, "category_set"],
        [{ decision_number: "9".repeat(101) }, "decision_number"],
        [{ decision_date: "2024-02-30x" }, "decision_date"],
        [
          {
            issuing_level: "district",
            decision_date: "2025-09-01",
            stars: 4,
            score: 75,
          },
          "issuing_level",
        ],
        [{ stars: 6 }, "stars"],
        [{ decision_date: "2099-01-01" }, "decision_date"],
      ])(
        "rejects %j with a 400 naming %s and writes nothing",
        async (override, field) => {
          const before = await certifications()
          const res = await responseOf(
            api.post(
              `/admin/ocop/products/${productId}/certifications`,
              certificationInput(override),
              headers
            )
          )
          expect(res.status).toBe(400)
          expect(res.data.type).toBe("invalid_data")
          expect(res.data.message).toContain(field)
          const after = await certifications()
          expect(after).toHaveLength(before.length)
          expect(after.map((c: any) => c.status)).toEqual(
            before.map((c: any) => c.status)
          )
        }
      )

      it("answers 404 for an unknown product and writes nothing", async () => {
        const before = await certifications()
        const res = await responseOf(
          api.post(
            "/admin/ocop/products/prod_nope/certifications",
            certificationInput(),
            headers
          )
        )
        expect(res.status).toBe(404)
        expect(await certifications()).toHaveLength(before.length)
      })

      it("undoes everything when a late step fails: no new certificate, the old one still current", async () => {
        const before = await certifications()
        const workflow = attachCertificationWorkflow(getContainer())
        workflow.addAction(
          "fail-after-linking",
          {
            invoke: async () => {
              throw new Error("the office's network went down")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            product_id: productId,
            certification: {
              ...certificationInput({
                decision_number: "7/QĐ-UBND",
                decision_date: "2026-08-01",
              }),
            } as any,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("network went down")
        const after = await certifications()
        expect(after.map((c: any) => [c.id, c.status])).toEqual(
          before.map((c: any) => [c.id, c.status])
        )
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["certifications.id"],
          filters: { id: productId },
        })
        expect(data[0].certifications.map((c: any) => c.id)).toEqual(
          before.map((c: any) => c.id)
        )
      })
    })

    describe("POST /admin/ocop/products/:id/certifications/renew", () => {
      it("records a re-evaluation that carries over the origin and supersedes the old certificate", async () => {
        const res = await responseOf(
          api.post(
            `/admin/ocop/products/${productId}/certifications/renew`,
            {
              decision_number: "55/QĐ-UBND",
              decision_date: "2026-09-15",
              score: 80.5,
            },
            headers
          )
        )
        expect(res.status).toBe(201)
        expect(res.data.certification).toEqual(
          expect.objectContaining({
            evaluation_type: "re-evaluation",
            stars: 4,
            score: 80.5,
            origin_commune_code: "30628",
            valid_until: "2029-09-15T00:00:00.000Z",
          })
        )
        expect((await history()).certifications).toHaveLength(2)
      })
    })

    describe("POST /admin/ocop/certifications/:id/revoke", () => {
      it("revokes the certificate with its reason and takes the product off the OCOP catalog", async () => {
        const { current } = await history()
        const res = await responseOf(
          api.post(
            `/admin/ocop/certifications/${current.id}/revoke`,
            { reason: "Ngừng sản xuất" },
            headers
          )
        )
        expect(res.status).toBe(200)
        expect(res.data.certification).toEqual(
          expect.objectContaining({
            status: "revoked",
            status_reason: "Ngừng sản xuất",
          })
        )
        const catalog = await api.get(
          "/store/ocop/products",
          storeHeaders(store)
        )
        expect(catalog.data.count).toBe(0)
      })

      it("refuses to revoke twice and asks for a reason", async () => {
        const { current } = await history()
        const noReason = await responseOf(
          api.post(
            `/admin/ocop/certifications/${current.id}/revoke`,
            {},
            headers
          )
        )
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")
        await api.post(
          `/admin/ocop/certifications/${current.id}/revoke`,
          { reason: "Vi phạm" },
          headers
        )
        const again = await responseOf(
          api.post(
            `/admin/ocop/certifications/${current.id}/revoke`,
            { reason: "Vi phạm" },
            headers
          )
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("revoked")
      })
    })

    describe("the nightly expiry", () => {
      it("expires a certificate the day after its 36 months end, not before", async () => {
        const { current } = await history()
        expect(current).toEqual(
          expect.objectContaining({
            status: "active",
            valid_until: "2027-06-04T00:00:00.000Z",
          })
        )
        const lastDay = await expireCertificationsWorkflow(getContainer()).run({
          input: { today: "2027-06-04" },
        })
        expect(lastDay.result).toEqual([])
        const dayAfter = await expireCertificationsWorkflow(getContainer()).run(
          { input: { today: "2027-06-05" } }
        )
        expect(dayAfter.result).toEqual([current.id])
        expect((await history()).current.status).toBe("expired")
      })
    })

    describe("/admin/ocop/certifications CRUD", () => {
      it("creates with the product in the body, lists, reads, corrects and deletes", async () => {
        const created = await api.post(
          "/admin/ocop/certifications",
          {
            ...certificationInput({
              decision_number: "1/QĐ-UBND",
              decision_date: "2026-07-10",
            }),
            product_id: productId,
          },
          headers
        )
        const id = created.data.certification.id
        const listed = await api.get(
          "/admin/ocop/certifications?status=active",
          headers
        )
        expect(listed.data.certifications.map((c: any) => c.id)).toEqual([id])
        const read = await api.get(`/admin/ocop/certifications/${id}`, headers)
        expect(read.data.certification.decision_number).toBe("1/QĐ-UBND")
        const corrected = await api.post(
          `/admin/ocop/certifications/${id}`,
          { certificate_number: "AG-2026-001" },
          headers
        )
        expect(corrected.data.certification.certificate_number).toBe(
          "AG-2026-001"
        )
        const deleted = await api.delete(
          `/admin/ocop/certifications/${id}`,
          headers
        )
        expect(deleted.data.deleted).toBe(true)
        expect(
          (
            await responseOf(
              api.get(`/admin/ocop/certifications/${id}`, headers)
            )
          ).status
        ).toBe(404)
      })

      it("rejects a correction that breaks the star band and keeps the stored score", async () => {
        const { current } = await history()
        const res = await responseOf(
          api.post(
            `/admin/ocop/certifications/${current.id}`,
            { score: 95 },
            headers
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("score")
        const read = await api.get(
          `/admin/ocop/certifications/${current.id}`,
          headers
        )
        expect(read.data.certification.score).toBe(78.1)
      })
    })

    describe("POST /admin/ocop/products/:id/producer", () => {
      it("names the product's producer and can clear it", async () => {
        const { data } = await api.post(
          "/admin/ocop/producers",
          {
            name: "Công ty TNHH Sản xuất - Thương mại Tiến Anh 2",
            province_code: "91",
          },
          headers
        )
        await api.post(
          `/admin/ocop/products/${productId}/producer`,
          { producer_id: data.producer.id },
          headers
        )
        expect((await history()).producer.id).toBe(data.producer.id)
        await api.post(
          `/admin/ocop/products/${productId}/producer`,
          { producer_id: null },
          headers
        )
        expect((await history()).producer).toBeNull()
      })

      it("answers 404 for an unknown producer and keeps the current one", async () => {
        const before = (await history()).producer
        const res = await responseOf(
          api.post(
            `/admin/ocop/products/${productId}/producer`,
            { producer_id: "ocpr_nope" },
            headers
          )
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("producer_id")
        expect((await history()).producer).toEqual(before)
      })
    })
  },
})
