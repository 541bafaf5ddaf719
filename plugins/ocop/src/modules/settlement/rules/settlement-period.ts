/**
 * Settlement periods are calendar months in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7
 * all year: Vietnam keeps no daylight saving), written "YYYY-MM". A period is the
 * half-open interval [start, end): a sale at 00:00 on the 1st belongs to the new month.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export type SettlementPeriod = { period: string; start: Date; end: Date }

/** The bounds of a "YYYY-MM" month in Vietnam's time, as UTC instants. */
export function monthPeriod(period: string): SettlementPeriod {
  if (!PERIOD_PATTERN.test(period)) {
    throw new RangeError(`period must be YYYY-MM, got "${period}"`)
  }
  const [year, month] = period.split("-").map(Number)
  return {
    period,
    start: new Date(Date.UTC(year, month - 1, 1) - VIETNAM_OFFSET_MS),
    end: new Date(Date.UTC(year, month, 1) - VIETNAM_OFFSET_MS),
  }
}

/** The "YYYY-MM" month an instant falls in, in Vietnam's time. */
export function periodOf(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS)
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`
}

/** The month before the one `at` falls in (what the monthly job settles). */
export function previousPeriod(at: Date): string {
  return periodOf(new Date(monthPeriod(periodOf(at)).start.getTime() - 1))
}
