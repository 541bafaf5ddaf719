// Loader and action in Node: a browser-like environment drops a Request's cookie header.
import { FetchError } from "@medusajs/js-sdk"
import { beforeEach, describe, expect, it, vi } from "vitest"
import type { OcopOrderReviews } from "~/lib/ocop-types"
import { sessionStorage } from "~/lib/session.server"
import { action, loader } from "./route"

const api = vi.hoisted(() => ({
  order: null as any,
  reviews: null as OcopOrderReviews | null,
  created: [] as unknown[],
  uploaded: [] as File[][],
  createError: null as Error | null,
}))
vi.mock("~/lib/data/orders.server", () => ({ getOrder: async () => api.order }))
vi.mock("~/lib/data/reviews.server", () => ({
  getOrderReviews: async () => api.reviews,
  createReview: async (_token: string, review: unknown) => {
    if (api.createError) throw api.createError
    api.created.push(review)
    return review
  },
  uploadReviewPhotos: async (_token: string, files: File[]) => {
    api.uploaded.push(files)
    return files.map((f) => `http://localhost:9000/uploads/${f.name}`)
  },
}))

const ORDER = {
  id: "order_1",
  display_id: 12,
  customer_id: "cus_1",
  items: [{ id: "line_1", product_title: "Mật ong hoa tràm", title: "Chai 500 ml", variant_title: "Chai 500 ml", thumbnail: null }],
}
const reviewable = (status: OcopOrderReviews["lines"][number]["status"] = "reviewable"): OcopOrderReviews => ({
  lines: [{ line_item_id: "line_1", product_id: "prod_1", status, review: null }],
})

async function signedIn(customerId = "cus_1") {
  const session = await sessionStorage.getSession()
  session.set("customerToken", "token_1")
  session.set("customerId", customerId)
  return (await sessionStorage.commitSession(session)).split(";")[0]
}

async function post(fields: Record<string, string | File[]>, customerId?: string) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") body.append(name, value)
    else for (const file of value) body.append(name, file)
  }
  const request = new Request("http://shop.test/account/orders/order_1/review/line_1", {
    method: "POST",
    body,
    headers: { cookie: await signedIn(customerId) },
  })
  return action({ request, params: { id: "order_1", lineId: "line_1" }, context: {} })
}

beforeEach(() => {
  api.order = ORDER
  api.reviews = reviewable()
  api.created = []
  api.uploaded = []
  api.createError = null
})

describe("review a delivered order line", () => {
  it("sends the stars, words and photos, then returns to the order with thanks", async () => {
    const photo = new File([new Uint8Array([0x89, 0x50])], "chai.png", { type: "image/png" })
    const res = (await post({ rating: "4", body: " Mật thơm, chai kín. ", photos: [photo] })) as Response
    expect(res.status).toBe(302)
    expect(res.headers.get("location")).toBe("/account/orders/order_1")
    expect(api.uploaded[0].map((f) => f.name)).toEqual(["chai.png"])
    expect(api.created).toEqual([
      {
        order_id: "order_1",
        line_item_id: "line_1",
        rating: 4,
        body: "Mật thơm, chai kín.",
        photos: ["http://localhost:9000/uploads/chai.png"],
      },
    ])
  })

  it("refuses stars outside 1–5, an empty text and a fourth photo, sending nothing", async () => {
    const photos = Array.from({ length: 4 }, (_, i) => new File([new Uint8Array([1])], `p${i}.png`, { type: "image/png" }))
    const res = (await post({ rating: "6", body: " ", photos })) as Response
    expect(res.status).toBe(400)
    const { errors } = await res.json()
    expect(errors).toEqual({ rating: ["review.errorRating"], body: ["review.errorBody"], photos: ["review.errorPhotos"] })
    expect(api.created).toEqual([])
    expect(api.uploaded).toEqual([])
  })

  it("says so when the line was already reviewed (409 from the shop)", async () => {
    api.createError = new FetchError("line_item_id: this order line has already been reviewed", "Conflict", 409)
    const res = (await post({ rating: "5", body: "Ngon" })) as Response
    expect(res.status).toBe(400)
    expect((await res.json()).errors).toEqual({ form: ["review.errorAlready"] })
  })

  it("answers 404 for another shopper's order", async () => {
    const thrown = await post({ rating: "5", body: "Ngon" }, "cus_2").catch((e) => e)
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(404)
    expect(api.created).toEqual([])
  })

  it("sends a signed-out visitor to sign in", async () => {
    const request = new Request("http://shop.test/account/orders/order_1/review/line_1")
    const thrown = await loader({ request, params: { id: "order_1", lineId: "line_1" }, context: {} }).catch((e) => e)
    expect((thrown as Response).headers.get("location")).toBe("/account/login?redirectTo=%2Faccount%2Forders%2Forder_1%2Freview%2Fline_1")
  })
})

