import { effectiveStatus } from "../../modules/certification/rules/validity"
import { findCategorySet } from "../../modules/certification/rules/category-sets"

/** What the public may see of a certification (no internal metadata or notes). */
export function certificationHistoryEntry(c: any) {
  return {
    id: c.id,
    stars: c.stars,
    score: c.score,
    status: effectiveStatus(c, new Date()),
    status_reason: c.status === "revoked" ? c.status_reason : null,
    category: {
      set: c.category_set,
      sector: c.category_sector,
      name: findCategorySet(c.category_set ?? "")?.name_vi ?? null,
    },
    decision_number: c.decision_number,
    decision_date: isoDate(c.decision_date),
    recognized_year: c.recognized_year,
    issuing_body: c.issuing_body,
    issuing_level: c.issuing_level,
    legal_framework: c.legal_framework,
    evaluation_type: c.evaluation_type,
    valid_from: isoDate(c.valid_from),
    valid_until: isoDate(c.valid_until),
    certificate_number: c.certificate_number,
    certificate_scan_url: c.certificate_scan_url,
  }
}

function isoDate(value: Date | string | null): string | null {
  return value ? new Date(value).toISOString().slice(0, 10) : null
}

/** The office's record (current and superseded certificates), without producers' submissions. */
export function isPublicStatus(status: string): boolean {
  return status !== "pending_review" && status !== "rejected"
}

/**
 * The stored fields behind a public history entry: what core's store routes may return
 * of a certification reached through a product (`status_reason` only for a revocation).
 */
export const PUBLIC_CERTIFICATION_FIELDS = [
  "id",
  "stars",
  "score",
  "status",
  "status_reason",
  "category_set",
  "category_sector",
  "decision_number",
  "decision_date",
  "recognized_year",
  "issuing_body",
  "issuing_level",
  "legal_framework",
  "evaluation_type",
  "valid_from",
  "valid_until",
  "certificate_number",
  "certificate_scan_url",
] as const
