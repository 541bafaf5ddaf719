// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import type { OcopShopPage } from "~/lib/ocop-types"
import ShopPageRoute, { loader, meta } from "./route"

const api = vi.hoisted(() => ({ page: null as OcopShopPage | null, asked: [] as string[] }))
vi.mock("~/lib/data/shop-pages.server", () => ({
  getShopPage: async (slug: string) => {
    api.asked.push(slug)
    return api.page
  },
}))

const returns: OcopShopPage = {
  slug: "chinh-sach-doi-tra",
  title: "Chính sách đổi trả",
  body: "Đổi trả trong 7 ngày.\n\n## Điều kiện\n- Còn nguyên tem\n- Có mã đơn hàng",
  updated_at: "2026-12-06T08:00:00.000Z",
}

async function load(slug: string) {
  try {
    return (await loader({ request: new Request(`http://evil.example/pages/${slug}`), params: { slug }, context: {} })) as Response
  } catch (thrown) {
    return thrown as Response
  }
}

afterEach(() => vi.unstubAllEnvs())

describe("GET /pages/:slug", () => {
  it("shows the office's page: its title, headings and list, and when it was updated", async () => {
    const Stub = createRemixStub([{ path: "/pages/:slug", Component: ShopPageRoute, loader: () => json({ page: returns, locale: "vi", url: "x" }) }])
    render(
      <LocaleContext.Provider value="vi">
        <Stub initialEntries={["/pages/chinh-sach-doi-tra"]} />
      </LocaleContext.Provider>
    )
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Chính sách đổi trả")
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Điều kiện")
    const article = screen.getByRole("article")
    expect(Array.from(article.querySelectorAll("li")).map((li) => li.textContent)).toEqual(["Còn nguyên tem", "Có mã đơn hàng"])
    expect(screen.getByText(/Cập nhật ngày 06\/12\/2026/)).toBeTruthy()
  })

  it("answers 404 for a page the shop does not have, and does not ask the API for a malformed address", async () => {
    api.page = null
    api.asked = []
    expect((await load("chinh-sach-khac")).status).toBe(404)
    expect((await load("..%2Fadmin")).status).toBe(404)
    expect(api.asked).toEqual(["chinh-sach-khac"])
  })

  it("describes the page with its first paragraph, at the shop's configured address", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://shop.example.vn")
    api.page = returns
    const data = await (await load("chinh-sach-doi-tra")).json()
    const tags = meta({ data } as never) as Record<string, string>[]
    expect(tags.find((t) => t.property === "og:url")?.content).toBe("https://shop.example.vn/pages/chinh-sach-doi-tra")
    expect(tags.find((t) => t.name === "description")?.content).toBe("Đổi trả trong 7 ngày.")
  })
})
