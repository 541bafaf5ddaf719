/** A statement's month as the office writes it: "11/2026" (periods start at 00:00 in Vietnam). */
export const formatPeriod = (periodStart: string) => {
  const local = new Date(new Date(periodStart).getTime() + 7 * 3_600_000)
  return `${String(local.getUTCMonth() + 1).padStart(2, "0")}/${local.getUTCFullYear()}`
}

/** Basis points as a percentage: 500 → "5 %". */
export const formatRate = (bp: number) =>
  `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(bp / 100)} %`

/** The last month that ended, "YYYY-MM" in Vietnam's time: what the office usually settles. */
export const lastMonth = () => {
  const local = new Date(Date.now() + 7 * 3_600_000)
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`
}

export const STATUS_LABEL: Record<string, string> = {
  draft: "Chưa thanh toán",
  paid: "Đã thanh toán",
}
