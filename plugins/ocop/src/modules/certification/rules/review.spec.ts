import { describe, expect, it } from "vitest"
import {
  isCurrentStatus,
  reviewViolation,
  submittedCertificateViolations,
} from "./review"

const today = new Date("2026-11-27T00:00:00Z")

describe("isCurrentStatus", () => {
  it("counts active, expired and revoked certificates as current, not submissions or superseded ones", () => {
    expect(["active", "expired", "revoked"].map(isCurrentStatus)).toEqual([
      true,
      true,
      true,
    ])
    expect(
      ["superseded", "pending_review", "rejected"].map(isCurrentStatus)
    ).toEqual([false, false, false])
  })
})

describe("reviewViolation", () => {
  it("lets the office decide only on a pending submission", () => {
    expect(reviewViolation("pending_review", "approve")).toBeNull()
    expect(reviewViolation("pending_review", "reject")).toBeNull()
    expect(reviewViolation("active", "approve")).toContain("status")
    expect(reviewViolation("rejected", "reject")).toContain("rejected")
  })
})

describe("submittedCertificateViolations", () => {
  it("accepts a past decision valid 36 months", () => {
    expect(
      submittedCertificateViolations({ decision_date: "2026-06-04" }, today)
    ).toEqual([])
    expect(
      submittedCertificateViolations(
        { decision_date: "2026-06-04", valid_until: "2029-06-04" },
        today
      )
    ).toEqual([])
  })

  it("rejects a decision dated after today, naming decision_date", () => {
    expect(
      submittedCertificateViolations({ decision_date: "2026-11-28" }, today)
    ).toEqual([expect.objectContaining({ field: "decision_date" })])
  })

  it("rejects a validity over 36 months, naming valid_until", () => {
    const [violation] = submittedCertificateViolations(
      { decision_date: "2026-06-04", valid_until: "2029-06-05" },
      today
    )
    expect(violation.field).toBe("valid_until")
    expect(violation.message).toContain("36 months")
  })

  it("requires a decision date", () => {
    expect(submittedCertificateViolations({}, today)).toEqual([
      expect.objectContaining({ field: "decision_date" }),
    ])
  })
})
