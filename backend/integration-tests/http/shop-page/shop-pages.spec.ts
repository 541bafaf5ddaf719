import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SHOP_PAGE_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/shop-page"
import { upsertShopPagesWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import { ensureEnglish } from "../../../src/scripts/seed/english"
import { ensureShopPages } from "../../../src/scripts/seed/shop-pages"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"

// A real late failure: an action appended after the workflow's last step throws.
const failAtTheEnd = (workflow: { addAction: (...args: any[]) => unknown }) =>
  workflow.addAction(
    "fail-at-the-end",
    {
      invoke: async () => {
        throw new Error("the event bus went away")
      },
    },
    { noCompensation: true }
  )

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let vi: { headers: Record<string, string> }
    let en: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      await ensureEnglish(getContainer())
      await ensureShopPages(getContainer())
      vi = storeHeaders(store)
      en = { headers: { ...vi.headers, "x-medusa-locale": "en-US" } }
      await dbUtils.snapshot()
    })

    const pages = () => getContainer().resolve(SHOP_PAGE_MODULE) as any
    const storePage = (slug: string, headers = vi) =>
      responseOf(api.get(`/store/ocop/shop-pages/${slug}`, headers))

    describe("GET /store/ocop/shop-pages/:slug", () => {
      it("answers the seeded returns policy in Vietnamese, and in English for an English request", async () => {
        const vietnamese = await storePage("chinh-sach-doi-tra")
        expect(vietnamese.status).toBe(200)
        expect(vietnamese.data.shop_page).toEqual(
          expect.objectContaining({
            slug: "chinh-sach-doi-tra",
            title: "Chính sách đổi trả",
            body: expect.stringContaining("7 ngày"),
          })
        )
        const english = await storePage("chinh-sach-doi-tra", en)
        expect(english.data.shop_page.title).toBe("Returns policy")
        expect(english.data.shop_page.body).toContain("within 7 days")
      })

      it("has the four pages a Vietnamese shop's footer links to", async () => {
        for (const slug of [
          "chinh-sach-doi-tra",
          "chinh-sach-bao-mat",
          "chinh-sach-van-chuyen",
          "phuong-thuc-thanh-toan",
        ]) {
          expect((await storePage(slug)).status).toBe(200)
        }
      })

      it("answers 404 for a page the shop does not have, and 400 for a query it does not take", async () => {
        expect((await storePage("khong-co-trang-nay")).status).toBe(404)
        const res = await responseOf(
          api.get("/store/ocop/shop-pages/chinh-sach-doi-tra?html=1", vi)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("html")
      })
    })

    describe("GET /admin/ocop/shop-pages", () => {
      it("lists the four pages with what they say, for the office", async () => {
        const headers = await adminHeaders(api, getContainer())
        const res = await api.get("/admin/ocop/shop-pages", headers)
        expect(res.data.shop_pages.map((p: any) => [p.slug, p.title])).toEqual([
          ["chinh-sach-doi-tra", "Chính sách đổi trả"],
          ["chinh-sach-bao-mat", "Chính sách bảo mật"],
          ["chinh-sach-van-chuyen", "Chính sách vận chuyển"],
          ["phuong-thuc-thanh-toan", "Phương thức thanh toán"],
        ])
      })

      it("is the office's: no sign-in, no list", async () => {
        const res = await responseOf(api.get("/admin/ocop/shop-pages"))
        expect(res.status).toBe(401)
      })
    })

    describe("POST /admin/ocop/shop-pages/:slug", () => {
      it("rewrites a page, which the shop then shows; its English stays until Translations change it", async () => {
        const headers = await adminHeaders(api, getContainer())
        const res = await api.post(
          "/admin/ocop/shop-pages/chinh-sach-van-chuyen",
          { title: "Giao hàng", body: "Giao trong 2 ngày.\n\n- Miễn phí từ 500.000 ₫" },
          headers
        )
        expect(res.status).toBe(200)
        const shown = await storePage("chinh-sach-van-chuyen")
        expect(shown.data.shop_page).toEqual(
          expect.objectContaining({ title: "Giao hàng", body: "Giao trong 2 ngày.\n\n- Miễn phí từ 500.000 ₫" })
        )
        expect((await storePage("chinh-sach-van-chuyen", en)).data.shop_page.title).toBe("Shipping policy")
      })

      it("refuses an empty title or an unknown field, naming it, and changes nothing", async () => {
        const headers = await adminHeaders(api, getContainer())
        const empty = await responseOf(
          api.post("/admin/ocop/shop-pages/chinh-sach-bao-mat", { title: "  ", body: "x" }, headers)
        )
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("title")
        const extra = await responseOf(
          api.post("/admin/ocop/shop-pages/chinh-sach-bao-mat", { title: "a", body: "b", html: "<b>" }, headers)
        )
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("html")
        const [page] = await pages().listShopPages({ slug: "chinh-sach-bao-mat" })
        expect(page.title).toBe("Chính sách bảo mật")
      })

      it("answers 404 naming the slug for a page the footer does not have, and creates none", async () => {
        const headers = await adminHeaders(api, getContainer())
        const res = await responseOf(
          api.post("/admin/ocop/shop-pages/gioi-thieu", { title: "Giới thiệu", body: "x" }, headers)
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("slug")
        expect(await pages().listShopPages({ slug: "gioi-thieu" })).toHaveLength(0)
      })

      it("puts the previous text back when a late step fails", async () => {
        const workflow = upsertShopPagesWorkflow(getContainer())
        failAtTheEnd(workflow)
        const { errors } = await workflow.run({
          input: {
            pages: [
              { slug: "chinh-sach-doi-tra", title: "Đổi trả 30 ngày", body: "y" },
              { slug: "phuong-thuc-thanh-toan-moi", title: "Mới", body: "z" },
            ],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("event bus")
        const [page] = await pages().listShopPages({ slug: "chinh-sach-doi-tra" })
        expect(page.title).toBe("Chính sách đổi trả")
        expect(await pages().listShopPages({ slug: "phuong-thuc-thanh-toan-moi" })).toHaveLength(0)
      })
    })

    describe("the seed", () => {
      it("keeps what the office wrote when it runs again", async () => {
        const headers = await adminHeaders(api, getContainer())
        await api.post(
          "/admin/ocop/shop-pages/chinh-sach-doi-tra",
          { title: "Đổi trả", body: "Đổi trong 10 ngày." },
          headers
        )
        await ensureShopPages(getContainer())
        expect((await storePage("chinh-sach-doi-tra")).data.shop_page.title).toBe("Đổi trả")
        expect(await pages().listShopPages({})).toHaveLength(4)
      })
    })
  },
})
