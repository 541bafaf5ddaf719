import { describe, expect, it } from "vitest"
import {
  reviewableLine,
  reviewAuthorName,
  type ReviewableOrder,
} from "./reviewable-line"

const order = (overrides: Partial<ReviewableOrder> = {}): ReviewableOrder => ({
  id: "order_1",
  customer_id: "cus_1",
  status: "completed",
  items: [
    { id: "line_1", product_id: "prod_1" },
    { id: "line_2", product_id: "prod_2" },
  ],
  fulfillments: [
    {
      delivered_at: "2026-12-01T10:00:00Z",
      canceled_at: null,
      items: [{ line_item_id: "line_1" }],
    },
    { delivered_at: null, canceled_at: null, items: [{ line_item_id: "line_2" }] },
  ],
  ...overrides,
})

describe("reviewableLine", () => {
  it("lets the buyer review a line a delivered parcel carried", () => {
    expect(reviewableLine(order(), "cus_1", "line_1")).toEqual({
      reviewable: true,
      product_id: "prod_1",
    })
  })

  it("refuses a line still on its way", () => {
    expect(reviewableLine(order(), "cus_1", "line_2")).toEqual({
      reviewable: false,
      reason: "not_delivered",
    })
  })

  it("does not count a delivery whose fulfilment was cancelled", () => {
    const cancelled = order({
      fulfillments: [
        {
          delivered_at: "2026-12-01T10:00:00Z",
          canceled_at: "2026-12-02T10:00:00Z",
          items: [{ line_item_id: "line_1" }],
        },
      ],
    })
    expect(reviewableLine(cancelled, "cus_1", "line_1").reviewable).toBe(false)
  })

  it("answers not found for another customer's order, a guest order or an unknown line", () => {
    expect(reviewableLine(order(), "cus_2", "line_1")).toEqual({
      reviewable: false,
      reason: "not_found",
    })
    expect(
      reviewableLine(order({ customer_id: null }), "cus_1", "line_1").reviewable
    ).toBe(false)
    expect(reviewableLine(order(), "cus_1", "line_9")).toEqual({
      reviewable: false,
      reason: "not_found",
    })
    expect(reviewableLine(null, "cus_1", "line_1").reviewable).toBe(false)
  })
})

describe("reviewAuthorName", () => {
  it("signs with the given name and the family name's initial", () => {
    expect(reviewAuthorName("Lan", "Nguyễn Thị")).toBe("Lan N.")
    expect(reviewAuthorName("Đức", "đặng")).toBe("Đức Đ.")
  })

  it("uses what there is, or nothing", () => {
    expect(reviewAuthorName("Lan", "")).toBe("Lan")
    expect(reviewAuthorName(null, null)).toBeNull()
  })
})
