import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { ApiRefusal, stockShortfalls } from "./medusa.server"

describe("stockShortfalls", () => {
  const line = { variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 3, expired: 0 }

  it("reads the short lines of a stock refusal's body, still a FetchError for status checks", () => {
    const refusal = new ApiRefusal("items: out of stock at …", "Bad Request", 400, { code: "ocop_out_of_stock", type: "not_allowed", shortfalls: [line] })
    expect(refusal).toBeInstanceOf(FetchError)
    expect(refusal.status).toBe(400)
    expect(stockShortfalls(refusal)).toEqual([line])
  })

  it("finds none in any other refusal, in a FetchError that kept no body, or in lines not shaped as ours", () => {
    expect(stockShortfalls(new ApiRefusal("email: invalid", "Bad Request", 400, { type: "invalid_data", shortfalls: [line] }))).toEqual([])
    expect(stockShortfalls(new FetchError("items: out of stock at …", "Bad Request", 400))).toEqual([])
    expect(stockShortfalls(new Error("network"))).toEqual([])
    const odd = new ApiRefusal("x", "Bad Request", 400, { code: "ocop_out_of_stock", shortfalls: [{ location_id: 3 }, "y", null, line] })
    expect(stockShortfalls(odd)).toEqual([line])
  })
})
