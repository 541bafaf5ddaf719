import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ returns: [] as unknown[] }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()),
  returnCounterLines: async (_token: string, _point: string, orderId: string, body: unknown) => {
    api.returns.push([orderId, body])
    return { return: { amount: 32_000, refunds: [{ method: "cash", amount: 32_000 }] } }
  },
}))

const url = "http://shop.test/sales-point/ocsp_1/receipts/order_1"
const post = async (fields: Record<string, string>) =>
  (await action({
    request: new Request(url, { method: "POST", body: new URLSearchParams(fields), headers: { cookie: await staffCookie() } }),
    params: { pointId: "ocsp_1", orderId: "order_1" },
    context: {},
  })) as Response

describe("POST /sales-point/:pointId/receipts/:orderId (return)", () => {
  it("returns the lines with a quantity and shows the refund on the receipt", async () => {
    api.returns = []
    const response = await post({ "return.variant_a": "1", "return.variant_b": "0" })
    expect(response.headers.get("location")).toBe("/sales-point/ocsp_1/receipts/order_1?returned=32000")
    expect(api.returns).toEqual([["order_1", { items: [{ variant_id: "variant_a", quantity: 1 }] }]])
  })

  it("asks for a quantity when none is typed, without calling the API", async () => {
    api.returns = []
    const response = await post({ "return.variant_a": "0" })
    expect(response.status).toBe(400)
    expect(api.returns).toEqual([])
  })
})
