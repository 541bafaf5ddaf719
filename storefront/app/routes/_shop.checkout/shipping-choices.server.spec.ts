import { describe, expect, it } from "vitest"
import type { ShippingOption } from "~/lib/data/carts.server"
import { shippingChoices } from "./shipping-choices.server"

const option = (o: Partial<ShippingOption>) =>
  ({ name: "x", amount: 0, price_type: "flat", service_zone: { fulfillment_set: { type: "shipping" } }, ...o }) as ShippingOption

describe("shippingChoices with carrier-priced options", () => {
  it("shows a carrier's fee and estimate, and puts a carrier that gave no fee last, never at 0 đ first", async () => {
    const choices = await shippingChoices([
      option({ id: "so_ghtk", name: "GHTK", price_type: "calculated", carrier_quote: { unavailable: "GHTK did not answer within 4 s" } }),
      option({ id: "so_ghn", name: "GHN", price_type: "calculated", amount: 36300, carrier_quote: { expected_delivery_at: "2026-12-09T10:00:00.000Z" } }),
      option({ id: "so_flat", name: "Tiêu chuẩn", amount: 30000 }),
    ], "vi")
    expect(choices.map((c) => c.id)).toEqual(["so_ghn", "so_flat", "so_ghtk"])
    expect(choices[0]).toEqual(
      expect.objectContaining({ carrier: true, amount: 36300, estimate: "2026-12-09T10:00:00.000Z", unavailable: null })
    )
    expect(choices[1]).toEqual(expect.objectContaining({ carrier: false, estimate: null, unavailable: null }))
    expect(choices[2]).toEqual(expect.objectContaining({ carrier: true, unavailable: "GHTK did not answer within 4 s" }))
  })
})
