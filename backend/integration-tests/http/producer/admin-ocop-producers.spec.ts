import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import { adminHeaders, importRegionalUnits, responseOf } from "../fixtures"

const producerInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Hợp tác xã Dệt thổ cẩm Văn Giáo",
  type: "cooperative",
  registration_number: "1234567890",
  address: "ấp Srây Skốth, xã Văn Giáo, huyện Tịnh Biên",
  commune_code: "30526",
  province_code: "91",
  phone: "0296 3 876 543",
  story: "Dệt thổ cẩm Khmer truyền thống.",
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      await importRegionalUnits(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      headers = await adminHeaders(api, getContainer())
    })

    const producers = () =>
      (getContainer().resolve(PRODUCER_MODULE) as any).listProducers({})

    describe("POST /admin/ocop/producers", () => {
      it("creates a producer with a handle made from its Vietnamese name", async () => {
        const res = await responseOf(
          api.post("/admin/ocop/producers", producerInput(), headers)
        )
        expect(res.status).toBe(201)
        expect(res.data.producer).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^ocpr_/),
            handle: "hop-tac-xa-det-tho-cam-van-giao",
            name: "Hợp tác xã Dệt thổ cẩm Văn Giáo",
            commune_code: "30526",
          })
        )
      })

      it.each([
        [{ commune_code: "99999" }, "commune_code"],
        [{ commune_code: "31408" }, "commune_code"], // a Cần Thơ commune under province 91
        [{ province_code: "00" }, "province_code"],
        [{ type: "family" }, "type"],
        [{ name: "x".repeat(301) }, "name"],
        [{ phone: "call me" }, "phone"],
        [{ owner: "someone" }, "owner"],
      ])(
        "rejects %j with a 400 naming %s and writes nothing",
        async (override, field) => {
          const res = await responseOf(
            api.post("/admin/ocop/producers", producerInput(override), headers)
          )
          expect(res.status).toBe(400)
          expect(res.data.type).toBe("invalid_data")
          expect(res.data.message).toContain(field)
          expect(await producers()).toHaveLength(0)
        }
      )

      it("refuses a second producer with the same handle", async () => {
        await api.post("/admin/ocop/producers", producerInput(), headers)
        const res = await responseOf(
          api.post("/admin/ocop/producers", producerInput(), headers)
        )
        expect(res.status).toBe(422)
        expect(res.data.message).toContain("handle")
        expect(await producers()).toHaveLength(1)
      })

      it("is closed to anyone not signed in as an admin", async () => {
        const res = await responseOf(
          api.post("/admin/ocop/producers", producerInput())
        )
        expect(res.status).toBe(401)
        expect(await producers()).toHaveLength(0)
      })
    })

    describe("GET, POST, DELETE /admin/ocop/producers/:id", () => {
      it("reads, lists, updates and deletes a producer", async () => {
        const { data } = await api.post(
          "/admin/ocop/producers",
          producerInput(),
          headers
        )
        const id = data.producer.id

        const one = await api.get(`/admin/ocop/producers/${id}`, headers)
        expect(one.data.producer.name).toBe("Hợp tác xã Dệt thổ cẩm Văn Giáo")

        const found = await api.get(
          "/admin/ocop/producers?q=thổ cẩm&province_code=91",
          headers
        )
        expect(found.data.producers.map((p: any) => p.id)).toEqual([id])

        const updated = await api.post(
          `/admin/ocop/producers/${id}`,
          { story: "Câu chuyện mới." },
          headers
        )
        expect(updated.data.producer.story).toBe("Câu chuyện mới.")

        const deleted = await api.delete(`/admin/ocop/producers/${id}`, headers)
        expect(deleted.data).toEqual({ id, object: "producer", deleted: true })
        const gone = await responseOf(
          api.get(`/admin/ocop/producers/${id}`, headers)
        )
        expect(gone.status).toBe(404)
      })

      it("keeps the old values when an update names an unknown commune", async () => {
        const { data } = await api.post(
          "/admin/ocop/producers",
          producerInput(),
          headers
        )
        const res = await responseOf(
          api.post(
            `/admin/ocop/producers/${data.producer.id}`,
            { commune_code: "12345", story: "x" },
            headers
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("commune_code")
        const [stored] = await producers()
        expect(stored).toEqual(
          expect.objectContaining({
            commune_code: "30526",
            story: "Dệt thổ cẩm Khmer truyền thống.",
          })
        )
      })

      it("answers 404 for an unknown producer", async () => {
        const res = await responseOf(
          api.post("/admin/ocop/producers/ocpr_nope", { story: "x" }, headers)
        )
        expect(res.status).toBe(404)
      })
    })

    describe("GET /admin/ocop/communes", () => {
      it("looks communes up for the office as for shoppers", async () => {
        const res = await api.get("/admin/ocop/communes?q=da%20phuoc", headers)
        expect(res.data.communes.map((c: any) => c.code)).toContain("30367")
      })
    })
  },
})
