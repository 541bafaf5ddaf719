import { findCategorySet } from "./category-sets"
import { legalFrameworkOn } from "./legal-framework"
import {
  defaultValidUntil,
  effectiveStatus,
  type CertificationStatus,
} from "./validity"

type DateInput = Date | string | null | undefined

type Defaultable = {
  category_set?: string | null
  category_sector?: number
  decision_date?: DateInput
  recognized_year?: number | null
  legal_framework?: string | null
  valid_from?: DateInput
  valid_until?: DateInput
  status?: CertificationStatus
}

// Workflow inputs are serialized between steps, so dates may arrive as ISO strings.
function toDate(value: DateInput): Date | null {
  return value === null || value === undefined ? null : new Date(value)
}

/**
 * Fills what the rules imply when it was left out: validity starts on the decision
 * date and runs 36 months, the framework follows the decision date, the sector
 * follows the set, and a certificate already past its end is stored as expired.
 */
export function withCertificationDefaults<T extends Defaultable>(
  input: T,
  today: Date
): T & {
  category_sector: number
  decision_date: Date | null
  valid_from: Date | null
  valid_until: Date | null
} {
  const decision_date = toDate(input.decision_date)
  const valid_from = toDate(input.valid_from) ?? decision_date
  const valid_until =
    toDate(input.valid_until) ??
    (valid_from ? defaultValidUntil(valid_from) : null)
  const recognized_year =
    input.recognized_year ?? decision_date?.getUTCFullYear() ?? null
  const category_set = input.category_set
    ? (findCategorySet(input.category_set)?.code ?? input.category_set)
    : input.category_set
  const category_sector =
    input.category_sector ??
    (category_set ? findCategorySet(category_set)?.sector : undefined) ??
    0
  const status = effectiveStatus(
    { status: input.status ?? "active", valid_until, recognized_year },
    today
  )
  return {
    ...input,
    category_set,
    category_sector,
    decision_date,
    valid_from,
    valid_until,
    recognized_year,
    legal_framework:
      input.legal_framework ??
      (decision_date ? legalFrameworkOn(decision_date) : null),
    status,
  }
}
