import { toDateOnly } from "./validity"

/**
 * The Prime Minister's decisions that set the OCOP criteria and procedure.
 * "148+1489" is 148 as amended for the two-tier government; "26-2026" is known
 * only from secondary sources (ocop-domain.md §0) and behaves like 148+1489.
 */
export const LEGAL_FRAMEWORKS = ["1048", "148", "148+1489", "26-2026"] as const
export type LegalFramework = (typeof LEGAL_FRAMEWORKS)[number]

export const ISSUING_LEVELS = ["district", "province", "central"] as const
export type IssuingLevel = (typeof ISSUING_LEVELS)[number]

const IN_FORCE_FROM: [from: string, framework: LegalFramework][] = [
  ["2026-05-22", "26-2026"],
  ["2025-07-06", "148+1489"],
  ["2023-02-24", "148"],
  ["2019-08-21", "1048"],
]

export function isLegalFramework(value: string): value is LegalFramework {
  return (LEGAL_FRAMEWORKS as readonly string[]).includes(value)
}

export function isIssuingLevel(value: string): value is IssuingLevel {
  return (ISSUING_LEVELS as readonly string[]).includes(value)
}

/** The framework in force on a (UTC) date; null before the first national criteria. */
export function legalFrameworkOn(date: Date): LegalFramework | null {
  const day = toDateOnly(date)
  return IN_FORCE_FROM.find(([from]) => day >= from)?.[1] ?? null
}

/** The first day a framework applied, as "YYYY-MM-DD". */
export function legalFrameworkInForceFrom(framework: LegalFramework): string {
  return IN_FORCE_FROM.find(([, f]) => f === framework)![0]
}

export function allowedIssuingLevels(
  stars: number,
  framework: LegalFramework
): IssuingLevel[] {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) return []
  if (stars === 5) return ["central"]
  switch (framework) {
    case "1048":
      // Most provinces certified 3★ themselves, but some districts did too,
      // and those records are real (ocop-domain.md §1.4).
      return stars === 3 ? ["district", "province"] : ["province"]
    case "148":
      return stars === 4 ? ["province"] : ["district"]
    case "148+1489":
    case "26-2026":
      // Districts were abolished on 1/7/2025; the province took over 3★.
      return ["province"]
  }
}
