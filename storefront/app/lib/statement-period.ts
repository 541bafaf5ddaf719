/** A statement's month as "11/2026": periods start at midnight in Vietnam (UTC+7 all year). */
export function statementMonth(periodStart: string): string {
  const local = new Date(new Date(periodStart).getTime() + 7 * 3_600_000)
  return `${String(local.getUTCMonth() + 1).padStart(2, "0")}/${local.getUTCFullYear()}`
}

/** Basis points as a percentage: 500 → "5 %" (vi) / "5%" (en). */
export function formatRate(bp: number, locale: "vi" | "en"): string {
  const n = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 }).format(bp / 100)
  return locale === "vi" ? `${n} %` : `${n}%`
}
