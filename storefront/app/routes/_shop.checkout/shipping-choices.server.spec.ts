import { describe, expect, it, vi } from "vitest"
import type { Cart, ShippingOption } from "~/lib/data/carts.server"
import type { CartShipment } from "~/lib/data/cart-shipments.server"
import { shipmentChoices, shippingChoices } from "./shipping-choices.server"

vi.mock("~/lib/data/ocop-sales-points.server", () => ({
  listSalesPoints: async () => [
    { name: "Trung tâm OCOP Long Xuyên", address: "12 Trần Hưng Đạo", opening_hours: "7:00–17:00" },
    { name: "Điểm bán OCOP Châu Đốc", address: "3 Lê Lợi", opening_hours: null },
  ],
}))

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

describe("shipmentChoices with pickup points that lack the cart's goods", () => {
  const pickup = (id: string, location: string) =>
    option({
      id,
      name: `Nhận tại ${location}`,
      shipping_profile_id: "sp_shop",
      service_zone: { fulfillment_set: { type: "pickup", location: { id: `sloc_${id}`, name: location } } },
    } as Partial<ShippingOption>)
  const options = [
    option({ id: "so_flat", name: "Tiêu chuẩn", amount: 30000, shipping_profile_id: "sp_shop" } as Partial<ShippingOption>),
    pickup("lx", "Trung tâm OCOP Long Xuyên"),
    pickup("cd", "Điểm bán OCOP Châu Đốc"),
  ]
  const cart = {
    items: [
      { id: "li_tea", product_title: "Trà sâm Bạch hoa thảo", variant_title: "Hộp 20 túi", quantity: 2 },
      { id: "li_honey", product_title: "Mật ong U Minh", variant_title: null, quantity: 1 },
    ],
  } as unknown as Cart
  const shipment = (s: Partial<CartShipment>): CartShipment => ({
    shipping_profile_id: "sp_shop",
    producer: null,
    line_ids: ["li_tea", "li_honey"],
    shipping_option_id: null,
    short_at_pickups: [],
    ...s,
  })

  it("names what a point lacks, puts it last and never preselects it, even when the cart had chosen it", async () => {
    const [choices] = await shipmentChoices(
      cart,
      [shipment({ shipping_option_id: "lx", short_at_pickups: [{ location_id: "sloc_lx", line_ids: ["li_tea"] }] })],
      options,
      "vi"
    )
    expect(choices.options.map((o) => [o.id, o.lacking])).toEqual([
      ["so_flat", []],
      ["cd", []],
      ["lx", ["Trà sâm Bạch hoa thảo · Hộp 20 túi"]],
    ])
    expect(choices.preselected).toBe("so_flat")
  })

  it("keeps the cart's pickup when its point holds everything", async () => {
    const [choices] = await shipmentChoices(
      cart,
      [shipment({ shipping_option_id: "lx", short_at_pickups: [{ location_id: "sloc_cd", line_ids: ["li_tea", "li_honey"] }] })],
      options,
      "vi"
    )
    expect(choices.preselected).toBe("lx")
    expect(choices.options.find((o) => o.id === "cd")?.lacking).toEqual(["Trà sâm Bạch hoa thảo · Hộp 20 túi", "Mật ong U Minh"])
    expect(choices.options.find((o) => o.id === "lx")?.pickup).toEqual(
      expect.objectContaining({ point: "Trung tâm OCOP Long Xuyên", locationId: "sloc_lx", hours: "7:00–17:00" })
    )
  })
})
