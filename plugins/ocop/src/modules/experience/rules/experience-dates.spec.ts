import { describe, expect, it } from "vitest"
import { isCalendarDate, isOfferedDate, offeredDates } from "./experience-dates"

// 2026-11-27 is a Friday.
const WEEKENDS = { weekdays: [0, 6], closed_dates: [], extra_dates: [] }

describe("offeredDates", () => {
  it("lists the pattern's weekdays after today, never today itself", () => {
    expect(offeredDates(WEEKENDS, "2026-11-28", 1)).toEqual([
      "2026-11-29",
      "2026-12-05",
    ])
  })

  it("drops closed dates and adds extra dates in date order", () => {
    const schedule = {
      weekdays: [0, 6],
      closed_dates: ["2026-11-29"],
      extra_dates: ["2026-12-01"],
    }
    expect(offeredDates(schedule, "2026-11-27", 1)).toEqual([
      "2026-11-28",
      "2026-12-01",
    ])
  })

  it("crosses a year end", () => {
    expect(offeredDates(WEEKENDS, "2026-12-30", 1)).toEqual([
      "2027-01-02",
      "2027-01-03",
    ])
  })
})

describe("isOfferedDate", () => {
  it("refuses a weekday outside the pattern", () => {
    expect(isOfferedDate(WEEKENDS, "2026-11-30")).toBe(false)
  })
})

describe("isCalendarDate", () => {
  it("refuses a date that does not exist", () => {
    expect(isCalendarDate("2026-02-30")).toBe(false)
    expect(isCalendarDate("2026-02-28")).toBe(true)
  })
})
