// Loader and action in Node: a browser-like environment drops a Request's cookie header.
import { FetchError } from "@medusajs/js-sdk"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { sessionStorage } from "~/lib/session.server"
import { action, loader } from "./route"

const api = vi.hoisted(() => ({
  calls: [] as unknown[][],
  error: null as Error | null,
  wishlist: { product_ids: ["prod_2"], products: [] as unknown[] },
}))
vi.mock("~/lib/data/wishlist.server", () => {
  const call = (name: string) => async (...args: unknown[]) => {
    api.calls.push([name, ...args])
    if (api.error) throw api.error
    return { product_ids: [] }
  }
  return {
    getWishlist: async (...args: unknown[]) => {
      api.calls.push(["get", ...args])
      if (api.error) throw api.error
      return api.wishlist
    },
    addToWishlist: call("add"),
    removeFromWishlist: call("remove"),
    mergeWishlist: call("merge"),
    wishlistIdsFor: async () => [],
  }
})

async function signedInCookie() {
  const session = await sessionStorage.getSession()
  session.set("customerToken", "token_1")
  return (await sessionStorage.commitSession(session)).split(";")[0]
}

async function post(fields: Record<string, string>, signedIn = true) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  const headers: Record<string, string> = signedIn ? { cookie: await signedInCookie() } : {}
  return action({ request: new Request("http://shop.test/account/wishlist", { method: "POST", body, headers }), params: {}, context: {} })
}

beforeEach(() => {
  api.calls = []
  api.error = null
})

describe("GET /account/wishlist", () => {
  it("asks a signed-out visitor to sign in and come back", async () => {
    const thrown = await loader({ request: new Request("http://shop.test/account/wishlist"), params: {}, context: {} }).catch((e: Response) => e)
    expect((thrown as Response).status).toBe(302)
    expect((thrown as Response).headers.get("location")).toBe("/account/login?redirectTo=%2Faccount%2Fwishlist")
  })

  it("reads the signed-in shopper's own list with its session", async () => {
    const response = await loader({
      request: new Request("http://shop.test/account/wishlist", { headers: { cookie: await signedInCookie() } }),
      params: {},
      context: {},
    })
    expect((await response.json()).wishlist.product_ids).toEqual(["prod_2"])
    expect(api.calls).toEqual([["get", "token_1", "vi"]])
  })
})

describe("POST /account/wishlist", () => {
  it("sends a guest without JavaScript to sign in, then back to the product", async () => {
    const response = await post({ intent: "add", productId: "prod_1", redirectTo: "/products/mat-ong" }, false)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/account/login?redirectTo=%2Fproducts%2Fmat-ong")
    expect(api.calls).toEqual([])
  })

  it("never sends anyone to another site after a heart", async () => {
    const response = await post({ intent: "add", productId: "prod_1", redirectTo: "https://evil.test/x" })
    expect(response.headers.get("location")).toBe("/account/wishlist")
  })

  it("hearts, un-hearts and merges for the signed-in shopper", async () => {
    expect((await (await post({ intent: "add", productId: "prod_1" })).json()).ok).toBe(true)
    await post({ intent: "remove", productId: "prod_1" })
    await post({ intent: "merge", productIds: "prod_3,prod_4" })
    expect(api.calls).toEqual([
      ["add", "token_1", "prod_1"],
      ["remove", "token_1", "prod_1"],
      ["merge", "token_1", ["prod_3", "prod_4"]],
    ])
  })

  it("refuses what is not a product id and calls nothing", async () => {
    const response = await post({ intent: "add", productId: "../admin" })
    expect(response.status).toBe(400)
    const merge = await post({ intent: "merge", productIds: "prod_1,<script>" })
    expect(merge.status).toBe(400)
    expect(api.calls).toEqual([])
  })

  it("treats a product withdrawn since the page loaded as nothing to change", async () => {
    api.error = new FetchError("product_id: product prod_9 was not found", "Not Found", 404)
    const response = await post({ intent: "add", productId: "prod_9" })
    expect((await response.json()).ok).toBe(true)
  })
})
