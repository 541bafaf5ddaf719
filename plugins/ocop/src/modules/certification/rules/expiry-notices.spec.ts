import { describe, expect, it } from "vitest"
import { dueExpiryNotice, sentExpiryNotices } from "./expiry-notices"

const cert = { valid_until: "2027-03-31" }

describe("dueExpiryNotice", () => {
  it("is not due more than 60 days before the end", () => {
    expect(dueExpiryNotice(cert, [], "2027-01-29")).toBeNull()
  })

  it("is the 60-day notice from 60 days before the end", () => {
    expect(dueExpiryNotice(cert, [], "2027-01-30")).toEqual({
      threshold: 60,
      days_left: 60,
      valid_until: "2027-03-31",
    })
  })

  it("catches up a missed night, and is not sent twice", () => {
    expect(dueExpiryNotice(cert, [], "2027-02-10")?.threshold).toBe(60)
    expect(dueExpiryNotice(cert, [60], "2027-02-10")).toBeNull()
  })

  it("is the 14-day notice from 14 days before the end, even after the 60-day one", () => {
    expect(dueExpiryNotice(cert, [60], "2027-03-17")?.threshold).toBe(14)
    expect(dueExpiryNotice(cert, [60, 14], "2027-03-17")).toBeNull()
  })

  it("sends only the nearest notice to a certificate first seen late", () => {
    expect(dueExpiryNotice(cert, [], "2027-03-25")?.threshold).toBe(14)
    expect(dueExpiryNotice(cert, [14], "2027-03-25")).toBeNull()
  })

  it("is still due on the last valid day and not after it", () => {
    expect(dueExpiryNotice(cert, [60], "2027-03-31")?.days_left).toBe(0)
    expect(dueExpiryNotice(cert, [60], "2027-04-01")).toBeNull()
  })

  it("reads the end of an undated certificate from its year", () => {
    expect(
      dueExpiryNotice(
        { valid_until: null, recognized_year: 2024 },
        [],
        "2027-12-01"
      )?.valid_until
    ).toBe("2027-12-31")
  })
})

describe("sentExpiryNotices", () => {
  it("reads the thresholds recorded in the metadata", () => {
    expect(
      sentExpiryNotices({ ocop_expiry_notices: { "60": "2027-01-30" }, x: 1 })
    ).toEqual([60])
    expect(sentExpiryNotices(null)).toEqual([])
  })
})
