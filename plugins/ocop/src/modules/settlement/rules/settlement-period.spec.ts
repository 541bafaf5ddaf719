import { monthPeriod, periodOf, previousPeriod } from "./settlement-period"

describe("monthPeriod", () => {
  it("starts and ends at midnight in Vietnam (17:00 UTC the day before)", () => {
    const { start, end } = monthPeriod("2026-11")
    expect(start.toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(end.toISOString()).toBe("2026-11-30T17:00:00.000Z")
  })

  it("rolls December into the next year", () => {
    expect(monthPeriod("2026-12").end.toISOString()).toBe("2026-12-31T17:00:00.000Z")
  })

  it("refuses anything but YYYY-MM", () => {
    expect(() => monthPeriod("2026-13")).toThrow(/YYYY-MM/)
    expect(() => monthPeriod("11/2026")).toThrow(/YYYY-MM/)
  })
})

describe("periodOf", () => {
  it("puts a sale at 23:30 on the last evening in the month it was made in Vietnam", () => {
    expect(periodOf(new Date("2026-11-30T16:30:00Z"))).toBe("2026-11")
    expect(periodOf(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12")
  })

  it("settles the previous month, across a new year", () => {
    expect(previousPeriod(new Date("2027-01-01T02:00:00Z"))).toBe("2026-12")
    expect(previousPeriod(new Date("2026-12-31T18:00:00Z"))).toBe("2026-12")
  })
})
