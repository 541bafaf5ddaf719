import { describe, expect, it } from "vitest"
import {
  addDays,
  lotsOverStock,
  isExpired,
  needsLotAndExpiry,
  returnToLots,
  takeFromLots,
  vietnamToday,
} from "./lots"

const lots = [
  { id: "late", expires_on: "2027-03-01", remaining_quantity: 10 },
  { id: "early", expires_on: "2027-01-01", remaining_quantity: 5 },
  { id: "gone", expires_on: "2026-12-01", remaining_quantity: 4 },
]
const today = "2026-12-06"

describe("takeFromLots", () => {
  it("sells the earliest expiry first and takes the rest from the next lot", () => {
    expect(takeFromLots({ quantity: 7, unlotted: 0, lots, today, pick: "sellable" })).toEqual({
      takes: [
        { lot_id: "early", quantity: 5 },
        { lot_id: "late", quantity: 2 },
      ],
      from_unlotted: 0,
      short: 0,
    })
  })

  it("never sells an expired lot: what only it could give is short", () => {
    expect(takeFromLots({ quantity: 18, unlotted: 0, lots, today, pick: "sellable" }).short).toBe(3)
  })

  it("takes unlotted units before any lot", () => {
    expect(takeFromLots({ quantity: 3, unlotted: 2, lots, today, pick: "sellable" })).toEqual({
      takes: [{ lot_id: "early", quantity: 1 }],
      from_unlotted: 2,
      short: 0,
    })
  })

  it("writes off expired lots first", () => {
    expect(takeFromLots({ quantity: 5, unlotted: 3, lots, today, pick: "expired_first" }).takes).toEqual([
      { lot_id: "gone", quantity: 4 },
    ])
  })

  it("takes only from the lot named, and says what it lacks", () => {
    expect(takeFromLots({ quantity: 12, unlotted: 9, lots, today, pick: "any", lot_id: "late" })).toEqual({
      takes: [{ lot_id: "late", quantity: 10 }],
      from_unlotted: 0,
      short: 2,
    })
  })
})

describe("lotsOverStock", () => {
  it("takes what Medusa no longer stocks off the earliest fresh lot first, then the expired", () => {
    expect(lotsOverStock(lots, 10, today)).toEqual([
      { lot_id: "early", quantity: 5 },
      { lot_id: "late", quantity: 4 },
    ])
    expect(lotsOverStock(lots, 2, today)).toEqual([
      { lot_id: "early", quantity: 5 },
      { lot_id: "late", quantity: 10 },
      { lot_id: "gone", quantity: 2 },
    ])
  })
  it("leaves lots alone while they claim no more than is stocked", () => {
    expect(lotsOverStock(lots, 19, today)).toEqual([])
  })
})

describe("returnToLots", () => {
  it("puts units back on the sale's lots, earliest expiry first, the rest unlotted", () => {
    expect(
      returnToLots({
        quantity: 4,
        taken: [
          { id: "late", expires_on: "2027-03-01", remaining_quantity: 0, outstanding: 2 },
          { id: "early", expires_on: "2027-01-01", remaining_quantity: 0, outstanding: 1 },
        ],
      })
    ).toEqual({
      gives: [
        { lot_id: "early", quantity: 1 },
        { lot_id: "late", quantity: 2 },
      ],
      to_unlotted: 1,
    })
  })
})

describe("dates", () => {
  it("is still the same day in Vietnam at 16:59 UTC and the next at 17:00", () => {
    expect(vietnamToday(new Date("2026-12-06T16:59:00Z"))).toBe("2026-12-06")
    expect(vietnamToday(new Date("2026-12-06T17:00:00Z"))).toBe("2026-12-07")
  })
  it("sells a lot on its expiry day, not the day after", () => {
    expect(isExpired("2026-12-06", "2026-12-06")).toBe(false)
    expect(isExpired("2026-12-06", addDays("2026-12-06", 1))).toBe(true)
    expect(isExpired(null, today)).toBe(false)
  })
  it("asks a lot and expiry of food, drinks and functional foods, not of crafts", () => {
    expect(needsLotAndExpiry("09")).toBe(true)
    expect(needsLotAndExpiry("17")).toBe(true)
    expect(needsLotAndExpiry("18")).toBe(true)
    expect(needsLotAndExpiry("21")).toBe(false)
    expect(needsLotAndExpiry(null)).toBe(false)
  })
})
