import { describe, expect, it, vi } from "vitest"
import handleRequest from "~/entry.server"
import { loader as rootLoader } from "~/root"
import { loader as shopLoader } from "~/routes/_shop/route"
import { loader as productLoader } from "~/routes/_shop.products.$handle/route"
import { PRIVATE_CACHE_CONTROL, PUBLIC_MAX_AGE, PUBLIC_STALE_WHILE_REVALIDATE, pageCache } from "./http-cache.server"
import type { OcopProductDetail } from "./ocop-types"
import { publicPage } from "./page-cache"
import { sessionStorage } from "./session.server"
import { ocopProductDetail } from "./test-fixtures"

const api = vi.hoisted(() => ({ product: null as OcopProductDetail | null }))
vi.mock("~/lib/data/ocop-products.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/ocop-products.server")>()),
  getOcopProduct: async () => api.product,
}))

const PRODUCT_URL = "http://shop.test/products/banh-hanh-nhan-tien-anh"

/** A shopper's session cookie holding a cart of `count` items. */
async function cartCookie(count: number) {
  const session = await sessionStorage.getSession()
  session.set("cartId", "cart_1")
  session.set("cartCount", count)
  return (await sessionStorage.commitSession(session)).split(";")[0]
}

/** The product page's data as Remix renders it: the root's, the shop layout's and the product's loaders. */
async function productPage(product: OcopProductDetail, headers: Record<string, string> = {}) {
  api.product = product
  const request = new Request(PRODUCT_URL, { headers })
  const args = { request, params: { handle: product.handle }, context: {} }
  const root = await (await rootLoader(args)).json()
  const shop = await (await shopLoader(args)).json()
  const page = (await productLoader(args)) as Response
  const loaderData = { root, "routes/_shop": shop, "routes/_shop.products.$handle": await page.json() }
  const cache = pageCache({
    request,
    status: 200,
    headers: new Headers(page.headers),
    handles: [undefined, undefined, publicPage],
    loaderData,
    version: "build-1",
  })
  return { cache, loaderData }
}

describe("caching of shop pages", () => {
  it("lets caches keep an anonymous product page for at most a minute, stale included", async () => {
    const { cache } = await productPage(ocopProductDetail())
    expect(cache.kind).toBe("public")
    // Browsers revalidate every page (a 304 while nothing changed); shared caches keep it ≤ 60 s in all.
    expect(cache.headers["Cache-Control"]).toBe("public, max-age=0, must-revalidate")
    expect(cache.headers["CDN-Cache-Control"]).toBe(`max-age=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE}`)
    expect(PUBLIC_MAX_AGE + PUBLIC_STALE_WHILE_REVALIDATE).toBeLessThanOrEqual(60)
    expect(cache.headers.ETag).toMatch(/^W\/".+"$/)
  })

  it("answers 304 when the browser already holds the same page", async () => {
    const first = await productPage(ocopProductDetail())
    const again = await productPage(ocopProductDetail(), { "if-none-match": first.cache.headers.ETag })
    expect(again.cache).toEqual(expect.objectContaining({ kind: "public", notModified: true }))
  })

  it("gives the page a new ETag when a price changes", async () => {
    const before = await productPage(ocopProductDetail())
    const base = ocopProductDetail()
    const after = await productPage(
      { ...base, variants: base.variants.map((v, i) => (i === 0 ? { ...v, price_vnd: 49000 } : v)) },
      { "if-none-match": before.cache.headers.ETag }
    )
    expect(after.cache.headers.ETag).not.toBe(before.cache.headers.ETag)
    expect(after.cache).toEqual(expect.objectContaining({ notModified: false }))
  })

  it("gives the page a new ETag when a pack runs out of stock or the certificate expires", async () => {
    const base = ocopProductDetail()
    const tags = new Set<string>()
    for (const product of [
      base,
      { ...base, variants: base.variants.map((v) => ({ ...v, in_stock: false })) },
      { ...base, ocop: { ...base.ocop, status: "expired" as const } },
    ]) {
      tags.add((await productPage(product)).cache.headers.ETag)
    }
    expect(tags.size).toBe(3)
  })

  it("keeps a shopper with a cart private: no shared copy, no ETag, and the anonymous page shows no cart", async () => {
    const withCart = await productPage(ocopProductDetail(), { cookie: await cartCookie(3) })
    expect(withCart.cache).toEqual({ kind: "private", headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } })
    expect(withCart.loaderData["routes/_shop"].cartCount).toBe(3)

    const anonymous = await productPage(ocopProductDetail())
    expect(anonymous.cache.kind).toBe("public")
    expect(anonymous.loaderData["routes/_shop"].cartCount).toBe(0)
  })

  it("keeps a signed-in shopper private even without a cart", async () => {
    const session = await sessionStorage.getSession()
    session.set("customerToken", "token_1")
    const cookie = (await sessionStorage.commitSession(session)).split(";")[0]
    const { cache } = await productPage(ocopProductDetail(), { cookie })
    expect(cache.headers["Cache-Control"]).toBe("private, no-store")
  })

  it("shares a page chosen in English, varying on the language cookie", async () => {
    const vi = await productPage(ocopProductDetail())
    const en = await productPage(ocopProductDetail(), { cookie: "ocop_lang=ImVuIg%3D%3D" })
    expect(en.cache.kind).toBe("public")
    expect(en.cache.headers.Vary).toBe("Cookie")
    expect(en.cache.headers.ETag).not.toBe(vi.cache.headers.ETag)
  })

  it("never shares an answer that sets a cookie, a page not marked public, an error or a post", () => {
    const base = { status: 200, handles: [undefined, publicPage], loaderData: {}, version: "v" }
    const get = new Request(PRODUCT_URL)
    expect(pageCache({ ...base, request: get, headers: new Headers({ "set-cookie": "ocop_session=x" }) }).kind).toBe("private")
    expect(pageCache({ ...base, request: get, headers: new Headers(), handles: [undefined, undefined] }).kind).toBe("private")
    expect(pageCache({ ...base, request: get, headers: new Headers(), status: 404 }).kind).toBe("private")
    expect(pageCache({ ...base, request: new Request(PRODUCT_URL, { method: "POST" }), headers: new Headers() }).kind).toBe("private")
  })
})

describe("entry.server", () => {
  it("answers a revalidation with an empty 304 carrying only the validators, not a new CSP nonce", async () => {
    const loaderData = { root: { locale: "vi", cartCount: 0, customerName: null } }
    const context = {
      staticHandlerContext: { matches: [{ route: { id: "root" } }, { route: { id: "routes/x" } }], loaderData },
      routeModules: { root: {}, "routes/x": { handle: publicPage } },
      manifest: { version: "build-1" },
    }
    const etag = pageCache({
      request: new Request("http://shop.test/"),
      status: 200,
      headers: new Headers(),
      handles: [undefined, publicPage],
      loaderData,
      version: "build-1",
    }).headers.ETag
    const response = await handleRequest(
      new Request("http://shop.test/", { headers: { "if-none-match": etag } }),
      200,
      new Headers(),
      context as unknown as Parameters<typeof handleRequest>[3]
    )
    expect(response.status).toBe(304)
    expect(response.headers.get("etag")).toBe(etag)
    expect(response.headers.get("cache-control")).toContain("public")
    expect(response.headers.get("content-security-policy")).toBeNull()
    expect(await response.text()).toBe("")
  })
})
