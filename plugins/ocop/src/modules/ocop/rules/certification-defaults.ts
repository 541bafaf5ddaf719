import { findCategorySet } from "./category-sets"
import { legalFrameworkOn } from "./legal-framework"
import { defaultValidUntil, effectiveStatus, type CertificationStatus } from "./validity"

type Defaultable = {
  category_set?: string | null
  category_sector?: number
  decision_date?: Date | null
  recognized_year?: number | null
  legal_framework?: string | null
  valid_from?: Date | null
  valid_until?: Date | null
  status?: CertificationStatus
}

/**
 * Fills what the rules imply when it was left out: validity starts on the decision
 * date and runs 36 months, the framework follows the decision date, the sector
 * follows the set, and a certificate already past its end is stored as expired.
 */
export function withCertificationDefaults<T extends Defaultable>(input: T, today: Date): T & { category_sector: number } {
  const valid_from = input.valid_from ?? input.decision_date ?? null
  const valid_until = input.valid_until ?? (valid_from ? defaultValidUntil(valid_from) : null)
  const recognized_year = input.recognized_year ?? input.decision_date?.getUTCFullYear() ?? null
  const category_set = input.category_set ? findCategorySet(input.category_set)?.code ?? input.category_set : input.category_set
  const category_sector =
    input.category_sector ?? (category_set ? findCategorySet(category_set)?.sector : undefined) ?? 0
  const status = effectiveStatus(
    { status: input.status ?? "active", valid_until, recognized_year },
    today
  )
  return {
    ...input,
    category_set,
    category_sector,
    valid_from,
    valid_until,
    recognized_year,
    legal_framework: input.legal_framework ?? (input.decision_date ? legalFrameworkOn(input.decision_date) : null),
    status,
  }
}
