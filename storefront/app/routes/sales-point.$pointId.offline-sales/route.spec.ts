import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ sales: [] as { point: string; body: unknown; key: string | undefined }[], answer: "recorded" as "recorded" | "sold out" | "signed out" }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => {
  const real = await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()
  return {
    ...real,
    sellAtCounter: async (_token: string, point: string, body: unknown, key?: string) => {
      api.sales.push({ point, body, key })
      if (api.answer === "sold out")
        throw new real.StaffInputError('items: out of stock at this sales point: "Tương xay Thanh Hồ (Hũ 500 g)" has 1 available, 3 needed', 400, [
          { variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 3, expired: 0 },
        ])
      if (api.answer === "signed out") throw new real.StaffUnauthorizedError("Unauthorized")
      return { sale: { order_id: "order_1", total: 96_000, units: 3, change: 4_000 } }
    },
  }
})

const point = "ocsp_1"
const queued = {
  key: "offline-7d1c2a44-5f7e-4a8b-9c0d-1e2f3a4b5c6d",
  sold_at: "2026-12-06T03:00:00.000Z",
  items: [{ variant_id: "variant_tuong", quantity: 3 }],
  payments: [{ method: "cash", amount: 96_000, tendered: 100_000 }],
}
const post = (body: unknown, cookie?: string) =>
  new Request(`http://shop.test/sales-point/${point}/offline-sales`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
  })
const call = async (request: Request) => (await action({ request, params: { pointId: point }, context: {} })) as Response

describe("POST /sales-point/:pointId/offline-sales", () => {
  it("replays a queued sale through the staff API under the key it was queued with, and answers the order", async () => {
    api.sales = []
    api.answer = "recorded"
    const res = await call(post(queued, await staffCookie()))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: "recorded", order_id: "order_1" })
    expect(api.sales).toEqual([{ point, body: { items: queued.items, payments: queued.payments }, key: queued.key }])
  })

  it("answers 422 with the API's reason when stock was sold meanwhile, naming the line", async () => {
    api.sales = []
    api.answer = "sold out"
    const res = await call(post(queued, await staffCookie()))
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({
      status: "refused",
      message: expect.stringContaining('"Tương xay Thanh Hồ (Hũ 500 g)" has 1 available, 3 needed'),
      shortfalls: [{ variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 3, expired: 0 }],
    })
  })

  it("refuses a malformed sale naming the field, and sends nothing", async () => {
    api.sales = []
    const res = await call(post({ ...queued, key: "no spaces!" }, await staffCookie()))
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({ status: "refused", message: expect.stringMatching(/^key: /) })
    const noItems = await call(post({ ...queued, items: [] }, await staffCookie()))
    expect(((await noItems.json()) as { message: string }).message).toMatch(/^items: /)
    expect(api.sales).toEqual([])
  })

  it("answers 401 (not the sign-in page) without a session, or when the API no longer takes the token", async () => {
    api.sales = []
    const anonymous = await call(post(queued))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ status: "signin" })
    expect(api.sales).toEqual([])

    api.answer = "signed out"
    const expired = await call(post(queued, await staffCookie()))
    expect(expired.status).toBe(401)
    expect(expired.headers.get("set-cookie")).toMatch(/^ocop_staff=/)
  })
})
