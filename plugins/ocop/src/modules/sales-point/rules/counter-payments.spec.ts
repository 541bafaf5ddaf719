import { describe, expect, it } from "vitest"
import { expectedShiftCash, settleCounterPayments } from "./counter-payments"

describe("settleCounterPayments", () => {
  it("gives the change for cash handed over", () => {
    expect(
      settleCounterPayments(
        [{ method: "cash", amount: 64_000, tendered: 100_000 }],
        64_000
      )
    ).toEqual({
      payments: [
        expect.objectContaining({ tendered: 100_000, change: 36_000 }),
      ],
      change: 36_000,
    })
  })

  it("takes exact cash when nothing handed over is typed", () => {
    expect(
      settleCounterPayments([{ method: "cash", amount: 5_000 }], 5_000).change
    ).toBe(0)
  })

  it("refuses cash short of its part, naming the field and the shortfall", () => {
    expect(() =>
      settleCounterPayments(
        [{ method: "cash", amount: 64_000, tendered: 50_000 }],
        64_000
      )
    ).toThrow(
      "payments[0].tendered: 50000 đồng handed over is 14000 đồng short"
    )
  })

  it("splits across methods only when the parts make the total", () => {
    const split = [
      { method: "cash" as const, amount: 40_000, tendered: 50_000 },
      { method: "card_at_counter" as const, amount: 24_000 },
    ]
    expect(settleCounterPayments(split, 64_000).change).toBe(10_000)
    expect(() => settleCounterPayments(split, 70_000)).toThrow(
      "payments: the payments add up to 64000 đồng, the sale is 70000 đồng"
    )
  })

  it("refuses a card part with money handed over, and a VietQR part without its code", () => {
    expect(() =>
      settleCounterPayments(
        [{ method: "card_at_counter", amount: 1, tendered: 2 }],
        1
      )
    ).toThrow("payments[0].tendered")
    expect(() =>
      settleCounterPayments([{ method: "vietqr", amount: 1 }], 1)
    ).toThrow("payments[0].vietqr_id")
  })
})

describe("expectedShiftCash", () => {
  it("adds cash taken to the float and takes cash refunds off; other methods and pending transfers do not count", () => {
    expect(
      expectedShiftCash(500_000, [
        { method: "cash", kind: "sale", amount: 64_000, status: "received" },
        { method: "cash", kind: "refund", amount: 32_000, status: "received" },
        {
          method: "card_at_counter",
          kind: "sale",
          amount: 90_000,
          status: "received",
        },
        { method: "vietqr", kind: "sale", amount: 10_000, status: "pending" },
      ])
    ).toBe(532_000)
  })
})
