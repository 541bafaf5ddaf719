import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

// Security issue 14: links and files from any actor, upload limits, NUL characters.

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
const HTML = Buffer.from("<html><script>alert(document.domain)</script></html>")
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
)

const SCRIPT_URLS = [
  "javascript:alert(document.domain)//",
  "javascript:alert(document.domain)//x.pdf",
  "data:text/html,<script>alert(1)</script>",
  "http://evil.test/x.png",
]
// A file the upload route stored (the File Module's local provider answers with
// its configured public URL) and one of the backend's own pictures.
const OUR_FILE = "http://localhost:9000/uploads/1700000000000-scan.png"
const OUR_PICTURE = "http://localhost:9000/static/ocop/tuong-xay-thanh-ho.svg"

function form(name: string, type: string, content: Buffer) {
  const body = new FormData()
  body.append("files", new Blob([content], { type }), name)
  return body
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let anas: Awaited<ReturnType<typeof producerSession>>

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      anas = await producerSession(api, getContainer(), "anas")
    })

    const producerModule = () => getContainer().resolve(PRODUCER_MODULE) as any
    const certificationModule = () =>
      getContainer().resolve(CERTIFICATION_MODULE) as any
    const producer = async () =>
      (await producerModule().listProducers({ handle: "anas" }))[0]
    const listing = {
      title: "Khô cá lóc thử",
      category_set: "08",
      variants: [{ title: "Gói 200 g", price_vnd: 50000 }],
    }
    const certificate = {
      stars: 3,
      score: 60,
      category_set: "08",
      decision_number: "1/QĐ-UBND",
      decision_date: "2026-09-15",
      issuing_level: "province",
      origin_province_code: "91",
    }

    describe("URL fields", () => {
      it.each(SCRIPT_URLS)(
        "refuses %s as a producer's website, photos, listing pictures and certificate scan, naming the field and writing nothing",
        async (url) => {
          const before = await producer()
          const [products] = await Promise.all([
            api.get("/producer/products", anas.headers),
          ])
          const calls: [string, string, any][] = [
            ["website", "/producer/me", { website: url }],
            ["photos", "/producer/me", { photos: [url] }],
            ["images", "/producer/products", { ...listing, images: [url] }],
            [
              "images",
              `/producer/products/${products.data.products[0].id}`,
              { images: [url] },
            ],
            [
              "certificate_scan_url",
              `/producer/products/${products.data.products[0].id}/certifications`,
              { ...certificate, certificate_scan_url: url },
            ],
          ]
          for (const [field, path, body] of calls) {
            const res = await responseOf(api.post(path, body, anas.headers))
            expect({ path, field, status: res.status }).toEqual({
              path,
              field,
              status: 400,
            })
            expect(res.data.message).toContain(field)
          }
          const after = await producer()
          expect(after.website).toEqual(before.website)
          expect(after.metadata?.photos).toEqual(before.metadata?.photos)
          const { data } = await api.get("/producer/products", anas.headers)
          expect(data.products).toHaveLength(products.data.products.length)
          expect(data.products[0].images).toEqual(products.data.products[0].images)
          expect(await certificationModule().listCertifications({ status: "pending_review" })).toHaveLength(0)
        }
      )

      it.each(SCRIPT_URLS)(
        "refuses %s in the office's producer website and certificate scan",
        async (url) => {
          const admin = await adminHeaders(api, getContainer())
          const created = await responseOf(
            api.post("/admin/ocop/producers", { name: "HTX Thử", website: url }, admin)
          )
          expect(created.status).toBe(400)
          expect(created.data.message).toContain("website")
          expect(await producerModule().listProducers({ name: "HTX Thử" })).toHaveLength(0)

          const { id } = await producer()
          const updated = await responseOf(
            api.post(`/admin/ocop/producers/${id}`, { website: url }, admin)
          )
          expect(updated.status).toBe(400)
          expect(updated.data.message).toContain("website")

          const [certification] = await certificationModule().listCertifications({})
          const scan = await responseOf(
            api.post(
              `/admin/ocop/certifications/${certification.id}`,
              { certificate_scan_url: url },
              admin
            )
          )
          expect(scan.status).toBe(400)
          expect(scan.data.message).toContain("certificate_scan_url")
          const [after] = await certificationModule().listCertifications({ id: certification.id })
          expect(after.certificate_scan_url).toEqual(certification.certificate_scan_url)
        }
      )

      it("takes an https website, files this shop stored and its own pictures", async () => {
        const me = await responseOf(
          api.post(
            "/producer/me",
            { website: "https://anas.vn", photos: [OUR_FILE, OUR_PICTURE] },
            anas.headers
          )
        )
        expect(me.status).toBe(200)
        const saved = await producer()
        expect(saved.website).toBe("https://anas.vn")
        expect(saved.metadata.photos).toEqual([OUR_FILE, OUR_PICTURE])
        const outside = await responseOf(
          api.post("/producer/me", { photos: ["https://evil.test/uploads/x.png"] }, anas.headers)
        )
        expect(outside.status).toBe(400)
        expect(outside.data.message).toContain("photos")
      })
    })

    describe("POST /producer/uploads", () => {
      const files = () => getContainer().resolve(Modules.FILE) as any

      it("refuses a file over the limit with a 413 and stores nothing", async () => {
        const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])
        const res = await responseOf(
          api.post("/producer/uploads", form("big.png", "image/png", big), {
            ...anas.headers,
            maxBodyLength: Infinity,
          })
        )
        expect(res.status).toBe(413)
        expect(res.data.message).toContain("files")
      })

      it("answers 413 to a declared 50 MB upload before its body is sent", async () => {
        const { port } = new URL(api.defaults.baseURL)
        const status = await new Promise<number>((resolve, reject) => {
          const req = http.request({
            host: "localhost",
            port,
            method: "POST",
            path: "/producer/uploads",
            headers: {
              ...anas.headers.headers,
              "content-type": "multipart/form-data; boundary=x",
              "content-length": String(50 * 1024 * 1024),
            },
          })
          req.on("response", (res) => {
            res.resume()
            resolve(res.statusCode ?? 0)
            req.destroy()
          })
          req.on("error", reject)
          // Headers only: a server that waits for the body never answers.
          req.flushHeaders()
        })
        expect(status).toBe(413)
      }, 15_000)

      it.each([
        ["an HTML page named .pdf", "scan.pdf", "application/pdf", HTML],
        ["an SVG named .png", "photo.png", "image/png", SVG],
        ["a PNG named .pdf", "scan.pdf", "application/pdf", PNG],
      ])("refuses %s with a 400 naming files", async (_, name, type, content) => {
        const res = await responseOf(
          api.post("/producer/uploads", form(name, type, content), anas.headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("files")
      })

      it("stores a real PNG and a real PDF and serves them with nosniff, the PDF as an attachment", async () => {
        const stored: string[] = []
        try {
          for (const [name, type, content] of [
            ["photo.png", "image/png", PNG],
            ["scan.pdf", "application/pdf", PDF],
          ] as const) {
            const res = await responseOf(
              api.post("/producer/uploads", form(name, type, content), anas.headers)
            )
            expect(res.status).toBe(201)
            stored.push(res.data.files[0].id)
          }
          const [png, pdf] = await Promise.all(
            stored.map(async (id) => {
              const url = new URL((await files().retrieveFile(id)).url)
              return responseOf(api.get(url.pathname, { responseType: "arraybuffer" }))
            })
          )
          expect(png.status).toBe(200)
          expect(png.headers["content-type"]).toMatch(/^image\/png/)
          expect(png.headers["x-content-type-options"]).toBe("nosniff")
          expect(png.headers["content-disposition"] ?? "").not.toMatch(/attachment/)
          expect(Buffer.from(png.data).equals(PNG)).toBe(true)
          expect(pdf.status).toBe(200)
          expect(pdf.headers["content-type"]).toMatch(/^application\/pdf/)
          expect(pdf.headers["x-content-type-options"]).toBe("nosniff")
          expect(pdf.headers["content-disposition"]).toMatch(/^attachment/)
        } finally {
          if (stored.length) await files().deleteFiles(stored)
        }
      })
    })

    describe("NUL characters", () => {
      it.each([
        ["/store/ocop/search?q=m%E1%BA%AFm%00", "q"],
        ["/store/products?q=%00", "q"],
      ])("answers GET %s with a 400 naming %s", async (path, field) => {
        const res = await responseOf(api.get(path, storeHeaders(store)))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })

      it("answers a NUL in a URL path segment with a 400", async () => {
        const res = await responseOf(
          api.get("/store/ocop/products/ab%00c", storeHeaders(store))
        )
        expect(res.status).toBe(400)
      })

      it("answers a NUL in a JSON body field with a 400 naming it, and writes nothing", async () => {
        const before = await producer()
        const res = await responseOf(
          api.post("/producer/me", { story: "Cá lóc\u0000 đồng" }, anas.headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("story")
        expect((await producer()).story).toEqual(before.story)

        const nested = await responseOf(
          api.post(
            "/producer/products",
            { ...listing, variants: [{ title: "Gói\u0000", price_vnd: 50000 }] },
            anas.headers
          )
        )
        expect(nested.status).toBe(400)
        expect(nested.data.message).toContain("variants[0].title")
      })
    })
  },
})
