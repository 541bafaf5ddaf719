import { afterEach, describe, expect, it, vi } from "vitest"
import type { OcopProductDetail } from "~/lib/ocop-types"
import { ocopProductDetail } from "~/lib/test-fixtures"
import { loader } from "./route"

const api = vi.hoisted(() => ({ product: null as OcopProductDetail | null }))
vi.mock("~/lib/data/ocop-products.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/ocop-products.server")>()),
  getOcopProduct: async () => api.product,
}))

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])

async function ogImage(product: OcopProductDetail | null) {
  api.product = product
  try {
    return (await loader({ request: new Request("http://shop.test/products/x/og-image"), params: { handle: "x" }, context: {} })) as Response
  } catch (thrown) {
    return thrown as Response
  }
}

afterEach(() => vi.unstubAllGlobals())

describe("GET /products/:handle/og-image", () => {
  it("draws the shop's card as a PNG when the product's picture is an SVG", async () => {
    const fetched = vi.fn()
    vi.stubGlobal("fetch", fetched)
    const res = await ogImage(ocopProductDetail())
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("image/png")
    expect(res.headers.get("cache-control")).toContain("public")
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG")
    expect(fetched).not.toHaveBeenCalled()
  })

  it("serves the product's JPEG photo stored by the shop's backend", async () => {
    const fetched = vi.fn(async () => new Response(JPEG, { headers: { "content-type": "image/jpeg" } }))
    vi.stubGlobal("fetch", fetched)
    const res = await ogImage(ocopProductDetail({ images: [{ id: "i", url: "http://localhost:9000/uploads/banh.jpg" }] }))
    expect(res.headers.get("content-type")).toBe("image/jpeg")
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG)
  })

  it("never fetches a picture from another host, and draws the card instead", async () => {
    const fetched = vi.fn()
    vi.stubGlobal("fetch", fetched)
    const res = await ogImage(ocopProductDetail({ images: [{ id: "i", url: "https://elsewhere.example/banh.jpg" }] }))
    expect(fetched).not.toHaveBeenCalled()
    expect(res.headers.get("content-type")).toBe("image/png")
  })

  it("draws the card when a 'JPEG' is not one (its bytes say HTML)", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>login</html>", { headers: { "content-type": "image/jpeg" } }))
    const res = await ogImage(ocopProductDetail({ images: [{ id: "i", url: "http://localhost:9000/uploads/banh.jpg" }] }))
    expect(res.headers.get("content-type")).toBe("image/png")
  })

  it("answers 404 for an unknown product", async () => {
    const res = await ogImage(null)
    expect(res.status).toBe(404)
  })
})
