import { CATEGORY_SET_CODES } from "./category-sets"
import {
  allowedIssuingLevels,
  isIssuingLevel,
  ISSUING_LEVELS,
  isLegalFramework,
  IssuingLevel,
  LegalFramework,
  LEGAL_FRAMEWORKS,
  legalFrameworkInForceFrom,
  legalFrameworkOn,
} from "./legal-framework"
import { isStarLevel, isScoreInStarBand, starBandLabel } from "./star-band"
import { toDateOnly } from "./validity"

export type CertificationRuleInput = {
  stars: number
  score?: number | null
  valid_from?: Date | string | null
  valid_until?: Date | string | null
  decision_date?: Date | string | null
  issuing_level?: IssuingLevel | null
  legal_framework?: LegalFramework | null
  category_set?: string | null
}

/** One broken rule; `message` names `field` so a 400 tells the caller what to fix. */
export type RuleViolation = { field: string; message: string }

type DateField = "valid_from" | "valid_until" | "decision_date"

/**
 * Rules that span fields of a certification. Zod checks each field's shape at
 * the HTTP edge; these run in the workflow's validation step and in the seed,
 * so every writer obeys them. Returns every violation, not just the first.
 */
export function certificationViolations(
  input: CertificationRuleInput
): RuleViolation[] {
  const violations: RuleViolation[] = []
  const add = (field: string, message: string) =>
    violations.push({ field, message })

  const starsValid = isStarLevel(input.stars)
  if (!starsValid) {
    add("stars", `stars must be a whole number from 1 to 5, got ${input.stars}`)
  }

  if (input.score != null) {
    if (!Number.isFinite(input.score) || input.score < 0 || input.score > 100) {
      add("score", `score must be between 0 and 100, got ${input.score}`)
    } else if (
      isStarLevel(input.stars) &&
      !isScoreInStarBand(input.stars, input.score)
    ) {
      add(
        "score",
        `score ${input.score} is outside the ${input.stars}★ band (${starBandLabel(input.stars)})`
      )
    }
  }

  // Invalid dates are reported once here and then left out of the rules below.
  const dates: Partial<Record<DateField, string>> = {}
  for (const field of ["valid_from", "valid_until", "decision_date"] as const) {
    // Workflows serialize their data, so a date may arrive as an ISO string.
    const raw = input[field] as Date | string | null | undefined
    if (raw == null) continue
    const value = new Date(raw)
    if (Number.isNaN(value.getTime()))
      add(field, `${field} is not a valid date`)
    else dates[field] = toDateOnly(value)
  }

  if (
    dates.valid_from &&
    dates.valid_until &&
    dates.valid_until <= dates.valid_from
  ) {
    add(
      "valid_until",
      `valid_until (${dates.valid_until}) must be after valid_from (${dates.valid_from})`
    )
  }

  if (
    dates.valid_from &&
    dates.decision_date &&
    dates.valid_from < dates.decision_date
  ) {
    add(
      "valid_from",
      `valid_from (${dates.valid_from}) cannot be before decision_date (${dates.decision_date})`
    )
  }

  if (
    input.category_set != null &&
    !CATEGORY_SET_CODES.includes(input.category_set)
  ) {
    add(
      "category_set",
      `category_set "${input.category_set}" is not an OCOP criteria set (two digits, 01 to 26)`
    )
  }

  let framework: LegalFramework | null = null
  if (input.legal_framework != null) {
    if (isLegalFramework(input.legal_framework)) {
      framework = input.legal_framework
    } else {
      add(
        "legal_framework",
        `legal_framework "${input.legal_framework}" must be one of ${LEGAL_FRAMEWORKS.join(", ")}`
      )
    }
  }

  const inForce =
    input.decision_date && dates.decision_date
      ? legalFrameworkOn(new Date(input.decision_date))
      : undefined

  if (framework && inForce !== undefined && inForce !== framework) {
    add(
      "legal_framework",
      `legal_framework "${framework}" (in force from ${legalFrameworkInForceFrom(framework)}) ` +
        `does not match decision_date ${dates.decision_date}, when ` +
        (inForce
          ? `"${inForce}" applied`
          : "no OCOP criteria were in force yet")
    )
  }

  if (input.issuing_level != null) {
    if (!isIssuingLevel(input.issuing_level)) {
      add(
        "issuing_level",
        `issuing_level "${input.issuing_level}" must be one of ${ISSUING_LEVELS.join(", ")}`
      )
    } else {
      const applied = framework ?? inForce
      if (starsValid && applied) {
        const allowed = allowedIssuingLevels(input.stars, applied)
        if (!allowed.includes(input.issuing_level)) {
          add(
            "issuing_level",
            `issuing_level "${input.issuing_level}" cannot certify ${input.stars}★ ` +
              `under ${applied} (allowed: ${allowed.join(", ")})`
          )
        }
      }
    }
  }

  return violations
}
