import { defaultValidUntil, toDateOnly } from "./validity"

/**
 * Every status a certification can have. The first four are the office's record;
 * a producer's submission is "pending_review" until the office approves it (it then
 * becomes the current, "active" one) or rejects it ("rejected", with the reason).
 */
export const CERTIFICATION_STATUSES = [
  "active",
  "expired",
  "revoked",
  "superseded",
  "pending_review",
  "rejected",
] as const

export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** Statuses of a product's current certification (at most one per product). */
export const CURRENT_STATUSES: readonly CertificationStatus[] = [
  "active",
  "expired",
  "revoked",
]

/** Whether a certification with this status is the product's current one. */
export function isCurrentStatus(status: string): boolean {
  return (CURRENT_STATUSES as readonly string[]).includes(status)
}

export type ReviewDecision = "approve" | "reject"

/**
 * Why the office cannot take this decision on a certification with this status, or
 * null when it can: only a submission waiting for review is approved or rejected.
 */
export function reviewViolation(
  status: string,
  decision: ReviewDecision
): string | null {
  if (status === "pending_review") return null
  return `status: the certification is ${status}, only a pending_review one can be ${decision === "approve" ? "approved" : "rejected"}`
}

export type SubmittedCertificateDates = {
  decision_date?: Date | string | null
  valid_from?: Date | string | null
  valid_until?: Date | string | null
}

/**
 * Date rules for a certificate a producer submits: the decision has been taken (not in
 * the future) and the validity does not exceed 36 months from its start. Each
 * message names its field.
 */
export function submittedCertificateViolations(
  input: SubmittedCertificateDates,
  today: Date
): { field: string; message: string }[] {
  const violations: { field: string; message: string }[] = []
  const day = (value: Date | string | null | undefined) => {
    if (value == null) return null
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? null : date
  }
  const decision = day(input.decision_date)
  const todayDate = toDateOnly(today)
  if (!decision) {
    violations.push({
      field: "decision_date",
      message: "decision_date is required for a submitted certificate",
    })
  } else if (toDateOnly(decision) > todayDate) {
    violations.push({
      field: "decision_date",
      message: `decision_date (${toDateOnly(decision)}) cannot be in the future (today is ${todayDate})`,
    })
  }
  const from = day(input.valid_from) ?? decision
  const until = day(input.valid_until)
  if (
    from &&
    until &&
    toDateOnly(until) > toDateOnly(defaultValidUntil(from))
  ) {
    violations.push({
      field: "valid_until",
      message: `valid_until (${toDateOnly(until)}) exceeds 36 months from ${toDateOnly(from)} (at most ${toDateOnly(defaultValidUntil(from))})`,
    })
  }
  return violations
}
