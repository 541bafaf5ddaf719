import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

// Two producers of An Giang: Hộ kinh doanh ANAS (p04) and Công ty Thanh Hồ (p02).
const certificateInput = {
  stars: 3,
  score: 60,
  category_set: "08",
  decision_number: "1/QĐ-UBND",
  decision_date: "2026-09-15",
  issuing_level: "province",
  certificate_scan_url: "http://localhost:9000/static/scan.png",
  origin_province_code: "91",
}

type Call = { method: "get" | "post"; url: (id: string) => string; body?: any }

// Every producer route; ids are filled with another producer's product where one is taken.
const producerRoutes: Call[] = [
  { method: "get", url: () => "/producer/me" },
  { method: "post", url: () => "/producer/me", body: { story: "x" } },
  { method: "get", url: () => "/producer/products" },
  {
    method: "post",
    url: () => "/producer/products",
    body: {
      title: "Sản phẩm thử",
      category_set: "08",
      variants: [{ title: "Gói", price_vnd: 50000 }],
    },
  },
  { method: "get", url: (id) => `/producer/products/${id}` },
  {
    method: "post",
    url: (id) => `/producer/products/${id}`,
    body: { description: "x" },
  },
  {
    method: "post",
    url: (id) => `/producer/products/${id}/certifications`,
    body: certificateInput,
  },
  { method: "get", url: () => "/producer/certifications" },
  { method: "get", url: () => "/producer/inventory" },
  { method: "get", url: () => "/producer/orders" },
  { method: "get", url: () => "/producer/experiences" },
  { method: "get", url: () => "/producer/experiences/ocexp_unknown" },
  {
    method: "post",
    url: () => "/producer/experiences/ocexp_unknown/dates/2030-01-01/cancel",
    body: { reason: "Mưa bão" },
  },
  { method: "get", url: () => "/producer/experiences/bookings/TX-AAAAAA" },
  {
    method: "post",
    url: () => "/producer/experiences/bookings/TX-AAAAAA/attended",
    body: {},
  },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let anas: Awaited<ReturnType<typeof producerSession>>
    let thanhHo: Awaited<ReturnType<typeof producerSession>>
    let productOf: Record<string, any>

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p02", "p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      anas = await producerSession(api, getContainer(), "anas")
      thanhHo = await producerSession(api, getContainer(), "thanh-ho")
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "handle", "variants.id", "producer.handle"],
        })
      productOf = Object.fromEntries(
        data.map((p: any) => [p.producer.handle, p])
      )
    })

    describe("who may call producer routes", () => {
      const callers: [string, () => Promise<any>][] = [
        ["anonymous", async () => ({})],
        ["staff", async () => adminHeaders(api, getContainer())],
        [
          "customer",
          async () => {
            const credentials = {
              email: "buyer@ocop.test",
              password: "buyer-pass",
            }
            await api.post("/auth/customer/emailpass/register", credentials)
            const { data } = await api.post(
              "/auth/customer/emailpass",
              credentials
            )
            return { headers: { authorization: `Bearer ${data.token}` } }
          },
        ],
      ]
      it.each(callers)(
        "refuses %s callers with a 401 on every producer route",
        async (_who, headersOf) => {
          const headers = await headersOf()
          const statuses = []
          for (const route of producerRoutes) {
            const url = route.url(productOf["anas"].id)
            const res = await responseOf(
              route.method === "get"
                ? api.get(url, headers)
                : api.post(url, route.body, headers)
            )
            statuses.push(`${route.method} ${url} ${res.status}`)
          }
          expect(statuses.filter((s) => !s.endsWith(" 401"))).toEqual([])
        }
      )
    })

    describe("another producer's ids", () => {
      it.each(
        producerRoutes
          .filter((r) => r.url(":id").includes(":id"))
          .map((r) => ({
            ...r,
            path: `${r.method.toUpperCase()} ${r.url(":id")}`,
          }))
      )(
        "$path answers 404 for another producer's product and changes nothing",
        async (route) => {
          const foreign = productOf["thanh-ho"]
          const before = await (
            getContainer().resolve(CERTIFICATION_MODULE) as any
          ).listCertifications({})
          const res = await responseOf(
            route.method === "get"
              ? api.get(route.url(foreign.id), anas.headers)
              : api.post(route.url(foreign.id), route.body, anas.headers)
          )
          expect(res.status).toBe(404)
          const after = await (
            getContainer().resolve(CERTIFICATION_MODULE) as any
          ).listCertifications({})
          expect(after.length).toBe(before.length)
          const shown = await api.get(
            `/store/ocop/products/${foreign.handle}`,
            storeHeaders(store)
          )
          expect(shown.data.product.description).not.toBe("x")
        }
      )

      it("refuses to change prices of another producer's variant through one's own product", async () => {
        const res = await responseOf(
          api.post(
            `/producer/products/${productOf["anas"].id}`,
            {
              prices: [
                {
                  variant_id: productOf["thanh-ho"].variants[0].id,
                  price_vnd: 1000,
                },
              ],
            },
            anas.headers
          )
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("variant")
      })
    })

    describe("GET /producer/products, /producer/inventory, /producer/orders", () => {
      it("lists only the producer's own products and stock", async () => {
        const products = await api.get("/producer/products", anas.headers)
        expect(products.data.products.map((p: any) => p.id)).toEqual([
          productOf["anas"].id,
        ])
        const stock = await api.get("/producer/inventory", anas.headers)
        expect(stock.data.stock.length).toBeGreaterThan(0)
        expect(
          stock.data.stock.every(
            (s: any) => s.product_id === productOf["anas"].id
          )
        ).toBe(true)
        expect(stock.data.stock[0]).toEqual(
          expect.objectContaining({
            location_name: expect.any(String),
            stocked_quantity: expect.any(Number),
          })
        )
      })

      it("shows only its own lines of a shared order, with the buyer's delivery data and no email", async () => {
        await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: store.regionId,
            sales_channel_id: store.salesChannelId,
            currency_code: "vnd",
            email: "buyer@ocop.test",
            shipping_address: {
              first_name: "An",
              last_name: "Nguyễn",
              phone: "0901234567",
              address_1: "12 Trần Hưng Đạo",
              city: "Long Xuyên",
              province: "An Giang",
              country_code: "vn",
            },
            items: [
              { variant_id: productOf["anas"].variants[0].id, quantity: 2 },
              { variant_id: productOf["thanh-ho"].variants[0].id, quantity: 5 },
            ],
          } as any,
        })
        const { data } = await api.get("/producer/orders", anas.headers)
        expect(data.orders).toHaveLength(1)
        expect(data.orders[0].lines).toEqual([
          expect.objectContaining({
            product_id: productOf["anas"].id,
            quantity: 2,
          }),
        ])
        expect(data.orders[0].delivery).toEqual(
          expect.objectContaining({ name: "Nguyễn An", phone: "0901234567" })
        )
        expect(JSON.stringify(data)).not.toContain("buyer@ocop.test")
        expect(data.sold).toEqual([
          expect.objectContaining({
            product_id: productOf["anas"].id,
            quantity: 2,
          }),
        ])
      })
    })

    describe("POST /producer/uploads", () => {
      it("stores an image scan through the File Module and refuses other files with a 400 naming files", async () => {
        const form = (name: string, type: string) => {
          const body = new FormData()
          body.append(
            "files",
            new Blob([Buffer.from("%PDF-1.4 scan")], { type }),
            name
          )
          return body
        }
        const ok = await responseOf(
          api.post(
            "/producer/uploads",
            form("scan.pdf", "application/pdf"),
            anas.headers
          )
        )
        expect(ok.status).toBe(201)
        expect(ok.data.files[0].url).toMatch(/scan.*\.pdf$/)
        // The local file provider writes into backend/static: leave nothing behind.
        await getContainer().resolve(Modules.FILE).deleteFiles(ok.data.files[0].id)
        const refused = await responseOf(
          api.post(
            "/producer/uploads",
            form("tool.exe", "application/octet-stream"),
            anas.headers
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("files")
      })
    })

    describe("producer accounts", () => {
      it("lets an invited person register and sign in as the producer; a request waits for approval", async () => {
        const admin = await adminHeaders(api, getContainer())
        const invite = await responseOf(
          api.post(
            `/admin/ocop/producers/${anas.producerId}/members`,
            { email: "con-gai@anas.test" },
            admin
          )
        )
        expect(invite.status).toBe(201)
        const signUp = async (email: string, body = {}) => {
          const { data } = await api.post("/auth/producer/emailpass/register", {
            email,
            password: "mat-khau-1",
          })
          return responseOf(
            api.post("/producer/account", body, {
              headers: { authorization: `Bearer ${data.token}` },
            })
          )
        }
        // The token travels in the invitation e-mail the Notification Module stored.
        const [sent] = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({
            to: "con-gai@anas.test",
            template: "ocop-producer-invitation",
          })
        const token = new URL((sent.data as any).link).searchParams.get("token")
        const invited = await signUp("con-gai@anas.test", { token })
        expect(invited.data.member.status).toBe("active")
        const login = await api.post("/auth/producer/emailpass", {
          email: "con-gai@anas.test",
          password: "mat-khau-1",
        })
        const me = await api.get("/producer/me", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(me.data.producer.id).toBe(anas.producerId)

        const requested = await signUp("htx-moi@ocop.test", {
          request_note: "HTX Nông nghiệp Mới, ĐKKD 1234",
        })
        expect(requested.data.member.status).toBe("requested")
        const pending = await api.post("/auth/producer/emailpass", {
          email: "htx-moi@ocop.test",
          password: "mat-khau-1",
        })
        const denied = await responseOf(
          api.get("/producer/me", {
            headers: { authorization: `Bearer ${pending.data.token}` },
          })
        )
        expect(denied.status).toBe(401)

        const approved = await responseOf(
          api.post(
            `/admin/ocop/producer-members/${requested.data.member.id}/approve`,
            { producer_id: thanhHo.producerId },
            admin
          )
        )
        expect(approved.status).toBe(200)
        const relogin = await api.post("/auth/producer/emailpass", {
          email: "htx-moi@ocop.test",
          password: "mat-khau-1",
        })
        const now = await api.get("/producer/me", {
          headers: { authorization: `Bearer ${relogin.data.token}` },
        })
        expect(now.data.producer.id).toBe(thanhHo.producerId)
      })
    })
  },
})
