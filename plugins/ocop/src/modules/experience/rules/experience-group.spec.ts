import { describe, expect, it } from "vitest"
import { experienceGroupViolation, isChildLine } from "./experience-group"

const terms = { capacity_per_date: 10, child_price: 200_000 }

describe("experienceGroupViolation", () => {
  it("accepts adults with children up to the day's capacity", () => {
    expect(experienceGroupViolation({ guests: 10, children: 9 }, terms)).toBeNull()
  })
  it("refuses children without an adult, naming children", () => {
    expect(experienceGroupViolation({ guests: 5, children: 5 }, terms)?.field).toBe(
      "children"
    )
  })
  it("refuses children where there is no child price", () => {
    expect(
      experienceGroupViolation(
        { guests: 3, children: 1 },
        { ...terms, child_price: null }
      )?.message
    ).toContain("no child price")
  })
  it("refuses more guests than the day holds, naming guests", () => {
    expect(experienceGroupViolation({ guests: 11, children: 0 }, terms)?.field).toBe(
      "guests"
    )
  })
})

describe("isChildLine", () => {
  it("goes by the price the booking set, not by metadata a shopper can write", () => {
    expect(isChildLine({ is_custom_price: true })).toBe(true)
    expect(isChildLine({ is_custom_price: false })).toBe(false)
  })
})
