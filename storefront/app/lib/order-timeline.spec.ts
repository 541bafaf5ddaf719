import { describe, expect, it } from "vitest"
import type { OcopOrderShipments } from "./ocop-types"
import { orderTimeline } from "./order-timeline"

const order = { created_at: "2026-12-01T03:00:00.000Z", status: "pending" }
const cod = { kind: "cod", status: "authorized" }
const parcel = (over: Partial<OcopOrderShipments["shipments"][number]> = {}) => ({
  id: "ful_1",
  status: "packed" as const,
  packed_at: "2026-12-01T08:00:00.000Z",
  shipped_at: null,
  delivered_at: null,
  carrier: null,
  tracking_number: null,
  tracking_url: null,
  lines: [],
  events: [],
  ...over,
})
const done = (steps: ReturnType<typeof orderTimeline>) => steps.filter((s) => s.done).map((s) => s.key)

describe("orderTimeline", () => {
  it("confirms a cash-on-delivery order at once and waits for the parcel", () => {
    const steps = orderTimeline(order, cod, { awaiting: [{ line_id: "l1", quantity: 1 }], shipments: [] })
    expect(done(steps)).toEqual(["placed", "confirmed"])
    expect(steps[0].at).toBe("2026-12-01T03:00:00.000Z")
  })

  it("waits for a VietQR transfer before confirming", () => {
    const steps = orderTimeline(order, { kind: "vietqr", status: "authorized" }, null)
    expect(done(steps)).toEqual(["placed"])
    expect(steps[1].awaitingTransfer).toBe(true)
  })

  it("names the carrier and tracking number once a parcel is shipped, and is delivered only when every parcel is", () => {
    const shipped = parcel({ shipped_at: "2026-12-02T01:00:00.000Z", carrier: "GHN", tracking_number: "GHN123" })
    const steps = orderTimeline(order, cod, { awaiting: [], shipments: [shipped, parcel({ id: "ful_2" })] })
    expect(done(steps)).toEqual(["placed", "confirmed", "packed", "shipped"])
    expect(steps[3]).toEqual(expect.objectContaining({ carrier: "GHN", tracking: "GHN123", at: "2026-12-02T01:00:00.000Z" }))
    const delivered = orderTimeline(order, cod, {
      awaiting: [],
      shipments: [{ ...shipped, delivered_at: "2026-12-03T09:00:00.000Z" }],
    })
    expect(done(delivered)).toEqual(["placed", "confirmed", "packed", "shipped", "delivered"])
    expect(delivered[4].at).toBe("2026-12-03T09:00:00.000Z")
  })

  it("ends a canceled order at 'canceled'", () => {
    expect(orderTimeline({ ...order, status: "canceled" }, cod, null).map((s) => s.key)).toEqual(["placed", "canceled"])
  })
})
