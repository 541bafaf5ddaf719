import type { Locale } from "~/lib/i18n"

// Staff work in Vietnam's time whatever the server's zone is. The year is written in
// full: receipts are kept for years (vi-VN's short date style writes "26").
const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Ho_Chi_Minh" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }),
}

/** "14:05 27/11/2026" / "27 Nov 2026, 14:05": when a sale or movement happened. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : formats[locale].format(date)
}
