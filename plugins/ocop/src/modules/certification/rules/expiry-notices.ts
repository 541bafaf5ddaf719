import { lastValidDay, toDateOnly, type CertificateValidity } from "./validity"

/** Days before the last valid day on which the producer is told its certificate ends. */
export const EXPIRY_NOTICE_DAYS = [60, 14] as const
export type ExpiryNoticeDays = (typeof EXPIRY_NOTICE_DAYS)[number]

/** Where a certification's metadata records the notices already sent: threshold → day sent. */
export const EXPIRY_NOTICES_METADATA_KEY = "ocop_expiry_notices"

// The last valid day is the validity rule's (rules/validity.ts).
export { lastValidDay }

type Dated = Pick<CertificateValidity, "valid_until" | "recognized_year">

/** Whole days from `today` to the day (both "YYYY-MM-DD"). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000)
}

/**
 * The notice due today for an active certificate, or null. A notice is due once
 * the days left fall to a threshold, so a night the job did not run is caught up
 * the next night; only the nearest threshold is sent (a certificate first seen
 * 10 days before its end gets the 14-day notice, not both), and never one that
 * was sent already or superseded by a nearer one.
 */
export function dueExpiryNotice(
  cert: Dated,
  sent: readonly number[],
  today: string
): {
  threshold: ExpiryNoticeDays
  days_left: number
  valid_until: string
} | null {
  const end = lastValidDay(cert)
  if (!end) return null
  const daysLeft = daysBetween(toDateOnly(today), end)
  if (daysLeft < 0) return null
  const threshold = [...EXPIRY_NOTICE_DAYS]
    .sort((a, b) => a - b)
    .find((t) => daysLeft <= t)
  if (threshold === undefined) return null
  if (sent.some((s) => s <= threshold)) return null
  return { threshold, days_left: daysLeft, valid_until: end }
}

/** The thresholds a certification's metadata records as sent. */
export function sentExpiryNotices(
  metadata: Record<string, unknown> | null | undefined
): number[] {
  const sent = metadata?.[EXPIRY_NOTICES_METADATA_KEY]
  return sent && typeof sent === "object" ? Object.keys(sent).map(Number) : []
}
