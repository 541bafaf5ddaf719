// Loader and action in Node (a browser-like environment drops a Request's cookie header).
import { FetchError } from "@medusajs/js-sdk"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { sessionStorage } from "~/lib/session.server"
import { action, loader } from "./route"

const api = vi.hoisted(() => ({
  cart: null as any,
  threshold: 300000 as number | null,
  applied: [] as string[],
  removed: [] as string[],
}))
vi.mock("~/lib/cart.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/cart.server")>()),
  getSessionCart: async () => api.cart,
}))
vi.mock("~/lib/data/free-shipping.server", () => ({
  getFreeShippingThreshold: async () => api.threshold,
}))
vi.mock("~/lib/data/carts.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/carts.server")>()),
  addPromoCode: async (_cartId: string, code: string) => {
    if (code !== "OCOP10") throw new FetchError(`The promotion code ${code} is invalid`, "Bad Request", 400)
    api.applied.push(code)
    return api.cart
  },
  removePromoCode: async (_cartId: string, code: string) => {
    api.removed.push(code)
    return api.cart
  },
}))

const cart = { id: "cart_1", item_total: 245000, items: [{ id: "line_1", quantity: 1, requires_shipping: true }], promotions: [] }

async function withCart() {
  const session = await sessionStorage.getSession()
  session.set("cartId", "cart_1")
  return (await sessionStorage.commitSession(session)).split(";")[0]
}

async function post(fields: Record<string, string>) {
  const request = new Request("http://shop.test/cart", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { cookie: await withCart() },
  })
  return (await action({ request, params: {}, context: {} })) as Response
}

beforeEach(() => {
  api.cart = cart
  api.threshold = 300000
  api.applied = []
  api.removed = []
})

describe("cart discount codes", () => {
  it("applies a code typed in lower case, and says so on the cart", async () => {
    const res = await post({ intent: "promo-apply", code: " ocop10 " })
    expect(res.status).toBe(302)
    expect(res.headers.get("location")).toBe("/cart")
    expect(api.applied).toEqual(["OCOP10"])
  })

  it("names an unknown code next to the field and keeps what was typed", async () => {
    const res = await post({ intent: "promo-apply", code: "tet2027" })
    expect(res.status).toBe(400)
    expect((await res.json()).promo).toEqual({ error: "promo.unknown", code: "TET2027" })
    expect(api.applied).toEqual([])
  })

  it("asks for a code when the field is empty", async () => {
    const res = await post({ intent: "promo-apply", code: "  " })
    expect(res.status).toBe(400)
    expect((await res.json()).promo.error).toBe("promo.empty")
  })

  it("takes a code off the cart", async () => {
    const res = await post({ intent: "promo-remove", code: "OCOP10" })
    expect(res.status).toBe(302)
    expect(api.removed).toEqual(["OCOP10"])
  })
})

describe("cart loader", () => {
  it("hands the page the free-delivery threshold from the promotions, or none when it cannot be read", async () => {
    const request = new Request("http://shop.test/cart", { headers: { cookie: await withCart() } })
    const data = await (await loader({ request, params: {}, context: {} })).json()
    expect(data.freeShippingFrom).toBe(300000)
    api.threshold = null
    const none = await (await loader({ request, params: {}, context: {} })).json()
    expect(none.freeShippingFrom).toBeNull()
  })
})
