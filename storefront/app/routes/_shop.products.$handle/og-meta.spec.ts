import { afterEach, describe, expect, it, vi } from "vitest"
import type { OcopProductDetail } from "~/lib/ocop-types"
import { ocopProductDetail } from "~/lib/test-fixtures"
import { loader, meta } from "./route"

const api = vi.hoisted(() => ({ product: null as OcopProductDetail | null, options: [] as unknown[] }))
vi.mock("~/lib/data/ocop-products.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/ocop-products.server")>()),
  getOcopProduct: async (_handle: string, _locale: string, options?: unknown) => {
    api.options.push(options)
    return api.product
  },
}))

afterEach(() => vi.unstubAllEnvs())

async function pageOf(product: OcopProductDetail, host = "http://evil.example") {
  api.product = product
  const response = (await loader({ request: new Request(`${host}/products/${product.handle}`), params: { handle: product.handle }, context: {} })) as Response
  const data = await response.json()
  const tags = meta({ data, params: {}, location: {} as never, matches: [] } as never) as Record<string, string>[]
  const content = (key: string) => tags.find((t) => t.property === key || t.name === key)?.content
  return { data, content }
}

describe("a product page's link preview", () => {
  it("names the page, its description and the shop's own https address, whatever Host the request named", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://shop.example.vn")
    const { content, data } = await pageOf(ocopProductDetail())
    expect(content("og:url")).toBe("https://shop.example.vn/products/banh-hanh-nhan-tien-anh")
    expect(content("og:title")).toBe("Bánh hạnh nhân Tiến Anh · OCOP Market")
    expect(content("og:description")).toBe("Bánh hạnh nhân Tiến Anh là sản phẩm OCOP 4 sao.")
    expect(content("twitter:card")).toBe("summary_large_image")
    expect(data.traceUrl).toBe("https://shop.example.vn/trace/banh-hanh-nhan-tien-anh")
    expect(JSON.stringify(data)).not.toContain("evil.example")
  })

  it("shares the shop's drawn card, with its size and a text, when the product's picture is an SVG", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://shop.example.vn")
    const { content } = await pageOf(ocopProductDetail())
    expect(content("og:image")).toBe("https://shop.example.vn/products/banh-hanh-nhan-tien-anh/og-image")
    expect(content("og:image:width")).toBe("1200")
    expect(content("og:image:height")).toBe("630")
    expect(content("og:image:alt")).toBe("Bánh hạnh nhân Tiến Anh: sản phẩm OCOP 4 sao")
  })

  it("shares the product's own photo, at the shop's address, when it is a JPEG", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://shop.example.vn")
    const { content } = await pageOf(
      ocopProductDetail({ images: [{ id: "img_1", url: "http://localhost:9000/uploads/banh.jpg" }] })
    )
    expect(content("og:image")).toBe("https://shop.example.vn/products/banh-hanh-nhan-tien-anh/og-image")
    // Its size is the photo's own, unknown here: better none than a wrong one.
    expect(content("og:image:width")).toBeUndefined()
  })

  it("asks the store API for the related rails in the product's own call", async () => {
    api.options = []
    await pageOf(ocopProductDetail())
    expect(api.options).toEqual([{ related: 4 }])
  })
})
