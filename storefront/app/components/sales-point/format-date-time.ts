import type { Locale } from "~/lib/i18n"

// Staff work in Vietnam's time whatever the server's zone is.
const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }),
}

/** "14:05 27/11/2026" / "27 Nov 2026, 14:05": when a sale or movement happened. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : formats[locale].format(date)
}
