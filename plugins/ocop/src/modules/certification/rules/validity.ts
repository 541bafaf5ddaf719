import type { CertificationStatus } from "./review"
import { MIN_OCOP_STARS } from "./star-band"

/** A recognition decision is valid for 36 months from its date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

export type { CertificationStatus } from "./review"

export type CertificateValidity = {
  status: CertificationStatus
  valid_until: Date | string | null
  recognized_year?: number | null
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * The calendar date a value stands for, as "YYYY-MM-DD". A string keeps the
 * date it was written with, so "2026-01-27T00:00:00+07:00" stays the 27th; a
 * Date is read in UTC, the convention of every date these rules return.
 * Throws a RangeError for anything that is not a date.
 */
export function toDateOnly(value: Date | string): string {
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value.trim())
    if (match) return match[0]
    value = new Date(value)
  }
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(`not a valid date: ${String(value)}`)
  }
  return value.toISOString().slice(0, 10)
}

export function defaultValidUntil(validFrom: Date): Date {
  const year = validFrom.getUTCFullYear()
  const month = validFrom.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS
  // Day 0 of the following month is the last day of the target month, so a
  // decision of 29 Feb runs to 28 Feb instead of rolling over into March.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(
    Date.UTC(year, month, Math.min(validFrom.getUTCDate(), lastDay))
  )
}

// Older decisions are often known only by their year. A 36-month certificate
// from that year can run at most to 31 Dec of the year it ends in.
const YEARS_OF_VALIDITY = CERTIFICATE_VALIDITY_MONTHS / 12

type Dated = Pick<CertificateValidity, "valid_until" | "recognized_year">

/** The last day the certificate is valid ("YYYY-MM-DD"), or null when nothing dates it. */
export function lastValidDay(cert: Dated): string | null {
  if (cert.valid_until != null) return toDateOnly(cert.valid_until)
  if (cert.recognized_year != null) {
    return `${cert.recognized_year + YEARS_OF_VALIDITY}-12-31`
  }
  return null
}

/**
 * The status to show today. Nothing flips a stored "active" row when its date
 * passes, so readers derive expiry here instead of trusting the column.
 * Dates compare as calendar days: a certificate is still valid on its last day.
 */
export function effectiveStatus(
  cert: CertificateValidity,
  today: Date
): CertificationStatus {
  if (cert.status !== "active") return cert.status
  const last = lastValidDay(cert)
  return last != null && last < toDateOnly(today) ? "expired" : "active"
}

// The same rule for SQL readers (catalog, dashboard), written from the same constant
// so the two cannot drift; validity-sql.spec.ts runs both on PostgreSQL.
/** SQL for lastValidDay over a certification row aliased `c`: a date, or null. */
export function lastValidDaySql(c = "c"): string {
  return `coalesce(${c}.valid_until::date,
  case when ${c}.recognized_year is not null then make_date(${c}.recognized_year + ${YEARS_OF_VALIDITY}, 12, 31) end)`
}

/** SQL for effectiveStatus over a row aliased `c`, against the SQL date expression `today`. */
export function effectiveStatusSql(today: string, c = "c"): string {
  return effectiveStatusOfSql(`${c}.status::text`, lastValidDaySql(c), today)
}

/**
 * effectiveStatus in SQL from a stored status and last valid day (SQL expressions): what
 * effectiveStatusSql computes from a certification row, and what the catalog's entries,
 * which keep the last valid day, read directly.
 */
export function effectiveStatusOfSql(status: string, lastDay: string, today: string): string {
  return `case when ${status} = 'active' and ${lastDay} < ${today} then 'expired' else ${status} end`
}

/** Whether effectiveStatusOfSql reads "active", as a condition an index on `status` can serve. */
export function activeOnSql(status: string, lastDay: string, today: string): string {
  return `(${status} = 'active' and (${lastDay} is null or ${lastDay} >= ${today}))`
}

/** Whether the product may carry the OCOP badge today. */
export function isOcopProduct(
  cert: CertificateValidity & { stars: number },
  today: Date
): boolean {
  return (
    Number.isInteger(cert.stars) &&
    cert.stars >= MIN_OCOP_STARS &&
    cert.stars <= 5 &&
    effectiveStatus(cert, today) === "active"
  )
}

/** Today's calendar day in Vietnam ("YYYY-MM-DD"), where decisions and validity dates are meant. */
export function vietnamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(now)
}
