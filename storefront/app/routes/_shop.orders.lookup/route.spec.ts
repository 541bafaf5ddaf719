import { describe, expect, it, vi } from "vitest"
import type { OrderLookupResult } from "~/lib/data/order-lookup.server"
import { action } from "./route"

const backend = vi.hoisted(() => ({
  answer: { kind: "not_found" } as OrderLookupResult,
  calls: [] as unknown[][],
}))
vi.mock("~/lib/data/order-lookup.server", () => ({
  lookupOrder: async (...args: unknown[]) => {
    backend.calls.push(args)
    return backend.answer
  },
}))

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const request = new Request("http://shop.test/orders/lookup", { method: "POST", body: new URLSearchParams(fields), headers })
  return action({ request, params: {}, context: {} })
}

describe("POST /orders/lookup", () => {
  it("opens the order's page with its pass when the number and contact match", async () => {
    backend.answer = { kind: "found", orderId: "order_1", accessToken: "pass.sig" }
    backend.calls = []
    const response = await post({ number: "#1024", contact: "0901 234 567" }, { "x-forwarded-for": "198.51.100.7" })
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/orders/order_1?access=pass.sig")
    expect(backend.calls).toEqual([[1024, "0901 234 567", "198.51.100.7"]])
  })

  it("says the same thing whatever was wrong, and keeps what was typed", async () => {
    backend.answer = { kind: "not_found" }
    const response = await post({ number: "1024", contact: "lan@example.vn" })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ "": ["lookup.notFound"] })
    expect(result.initialValue).toEqual({ number: "1024", contact: "lan@example.vn" })
  })

  it("says when the shop stops answering for a while", async () => {
    backend.answer = { kind: "too_many" }
    const response = await post({ number: "1024", contact: "lan@example.vn" })
    expect(response.status).toBe(429)
    expect((await response.json()).result.error).toEqual({ "": ["lookup.tooMany"] })
  })

  it("asks the backend nothing for a number that is not a number or a contact that is neither phone nor e-mail", async () => {
    backend.calls = []
    const response = await post({ number: "DH-12", contact: "12345" })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ number: ["errors.orderNumber"], contact: ["errors.orderContact"] })
    expect(backend.calls).toEqual([])
  })
})
