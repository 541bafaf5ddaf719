import { describe, expect, it } from "vitest"
import { afterReplay, correctedSale, isStale, newSaleKey, paymentsOf, queuedSale, queueSummary, replayBody, replayOutcome, suggestedQuantity, type QueuedLine } from "./queue-rules"

const line = (over: Partial<QueuedLine> = {}): QueuedLine => ({
  variant_id: "variant_tuong",
  product_id: "prod_tuong",
  product_title: "Tương xay Thanh Hồ",
  variant_title: "Chai 500 ml",
  quantity: 3,
  unit_price: 45_000,
  ...over,
})
const sale = (lines = [line()], payment: Parameters<typeof queuedSale>[0]["payment"] = { method: "cash", tendered: 200_000 }) =>
  queuedSale({ key: "offline-key-0001", point_id: "ocsp_1", sold_at: new Date("2026-12-06T03:00:00Z"), lines, payment })

describe("queuedSale and replayBody", () => {
  it("totals the lines at the cached price and replays them with the key, the device's time and the cash handed over", () => {
    const s = sale([line(), line({ variant_id: "variant_anas", product_title: "ANAS", variant_title: null, quantity: 1, unit_price: 30_000 })])
    expect(s.total).toBe(165_000)
    expect(replayBody(s)).toEqual({
      key: "offline-key-0001",
      sold_at: "2026-12-06T03:00:00.000Z",
      items: [
        { variant_id: "variant_tuong", quantity: 3 },
        { variant_id: "variant_anas", quantity: 1 },
      ],
      payments: [{ method: "cash", amount: 165_000, tendered: 200_000 }],
    })
  })

  it("pays by card for the whole total, and cash not typed as exactly the total", () => {
    expect(paymentsOf(sale([line()], { method: "card_at_counter", reference: "A1" }))).toEqual([{ method: "card_at_counter", amount: 135_000, reference: "A1" }])
    expect(paymentsOf(sale([line()], { method: "cash", tendered: null }))).toEqual([{ method: "cash", amount: 135_000, tendered: 135_000 }])
  })

  it("makes keys the API takes", () => {
    expect(newSaleKey(() => "7d1c2a44-5f7e-4a8b-9c0d-1e2f3a4b5c6d")).toBe("offline-7d1c2a44-5f7e-4a8b-9c0d-1e2f3a4b5c6d")
    expect(() => newSaleKey(() => "no spaces!")).toThrow()
  })
})

describe("replayOutcome", () => {
  it("tells recorded, refused, signed out and everything that must be retried apart", () => {
    expect(replayOutcome(200, { status: "recorded", order_id: "order_1" })).toEqual({ kind: "recorded", order_id: "order_1" })
    const short = { variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 3, expired: 0 }
    expect(replayOutcome(422, { status: "refused", message: "items: out of stock", shortfalls: [short] })).toEqual({ kind: "refused", message: "items: out of stock", shortfalls: [short] })
    // A refusal without lines (an answer of an older server), or with lines not ours: the message alone.
    expect(replayOutcome(422, { status: "refused", message: "payments: too little" })).toEqual({ kind: "refused", message: "payments: too little", shortfalls: [] })
    expect(replayOutcome(422, { status: "refused", message: "x", shortfalls: [{ variant_id: 1 }, "y"] })).toEqual({ kind: "refused", message: "x", shortfalls: [] })
    expect(replayOutcome(401, { status: "signin" })).toEqual({ kind: "signin" })
    // No network, a server error, or a page that is not our JSON (a proxy's): the sale stays queued.
    expect(replayOutcome(null, null)).toEqual({ kind: "retry" })
    expect(replayOutcome(502, null)).toEqual({ kind: "retry" })
    expect(replayOutcome(200, "<html>")).toEqual({ kind: "retry" })
  })
})

describe("afterReplay", () => {
  const now = new Date("2026-12-06T05:00:00Z")

  it("marks a sold-out-meanwhile refusal for attention with the refused line's numbers", () => {
    const message = 'items: out of stock at this sales point: "Tương xay Thanh Hồ (Chai 500 ml)" has 1 available, 3 needed'
    const shortfalls = [{ variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 3, expired: 0 }]
    const refused = afterReplay(sale(), { kind: "refused", message, shortfalls }, now)
    expect(refused.status).toBe("attention")
    expect(refused.short).toEqual({ variant_tuong: { available: 1, needed: 3 } })
    expect(suggestedQuantity(refused, "variant_tuong")).toBe(1)
  })

  it("keeps a sale that did not get through queued, counting the attempt", () => {
    const retried = afterReplay({ ...sale(), status: "syncing" }, { kind: "retry" }, now)
    expect(retried).toEqual(expect.objectContaining({ status: "pending", attempts: 1 }))
  })

  it("records the order of a recorded sale and forgets it a day later", () => {
    const recorded = afterReplay(sale(), { kind: "recorded", order_id: "order_1" }, now)
    expect(recorded).toEqual(expect.objectContaining({ status: "recorded", order_id: "order_1", recorded_at: now.toISOString() }))
    expect(isStale(recorded, new Date("2026-12-06T23:00:00Z"))).toBe(false)
    expect(isStale(recorded, new Date("2026-12-07T05:00:01Z"))).toBe(true)
  })
})

describe("correctedSale", () => {
  it("sells the corrected quantities under a new key, dropping lines set to 0", () => {
    const refused = { ...sale([line(), line({ variant_id: "variant_anas", unit_price: 30_000, quantity: 2 })]), status: "attention" as const, message: "x" }
    const next = correctedSale(refused, { variant_tuong: 1, variant_anas: 0 }, "offline-key-0002")
    expect(next).toEqual(expect.objectContaining({ key: "offline-key-0002", status: "pending", total: 45_000, message: null, sold_at: refused.sold_at }))
    expect(next?.lines.map((l) => [l.variant_id, l.quantity])).toEqual([["variant_tuong", 1]])
  })

  it("has nothing to sell when every line is set to 0", () => {
    expect(correctedSale(sale(), { variant_tuong: 0 }, "offline-key-0002")).toBeNull()
  })
})

describe("queueSummary", () => {
  it("counts what waits, what is being sent, what needs attention and what was recorded today (Vietnam's day)", () => {
    const now = new Date("2026-12-06T05:00:00Z")
    const s = sale()
    expect(
      queueSummary(
        [
          s,
          { ...s, status: "syncing" },
          { ...s, status: "attention" },
          { ...s, status: "recorded", recorded_at: "2026-12-06T04:00:00Z" },
          // 23:30 on 5 December in Vietnam: yesterday at the counter.
          { ...s, status: "recorded", recorded_at: "2026-12-05T16:30:00Z" },
          // 00:30 on 6 December in Vietnam, still the 5th in UTC: today.
          { ...s, status: "recorded", recorded_at: "2026-12-05T17:30:00Z" },
        ],
        now
      )
    ).toEqual({ pending: 1, syncing: 1, attention: 1, recordedToday: 2 })
  })
})
