import type { Locale } from "./i18n"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** Money is integer đồng; every price on the site goes through here: "45.000 ₫". */
export function formatVnd(amount: number): string {
  return vnd.format(Math.round(amount))
}

const TIME_ZONE = "Asia/Ho_Chi_Minh"
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }),
}

/** "04/06/2024" in Vietnamese, "4 June 2024" in English; date-only strings are calendar days. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00+07:00`)
      : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return dateFormats[locale].format(date)
}

/** Points on the OCOP scorecard, with the locale's decimal mark: "78,1" / "78.1". */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 }).format(score)
}

export type PostalAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  phone?: string | null
}

/** A Vietnamese full name is family name first: "Nguyễn Văn An". */
export function fullName(address: Pick<PostalAddress, "first_name" | "last_name">): string {
  return [address.last_name, address.first_name].map((p) => p?.trim()).filter(Boolean).join(" ")
}

/**
 * Splits "Nguyễn Văn An" into Medusa's last_name ("Nguyễn Văn") and first_name ("An"),
 * the way Vietnamese forms address a person by the given name.
 */
export function splitFullName(name: string): { first_name: string; last_name: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  if (parts.length <= 1) return { first_name: parts[0] ?? "", last_name: "" }
  return { first_name: parts[parts.length - 1], last_name: parts.slice(0, -1).join(" ") }
}

/** Street, commune, province: the two-tier address used since 1 July 2025. */
export function formatAddressLine(address: PostalAddress): string {
  return [address.address_1, address.city, address.province].map((p) => p?.trim()).filter(Boolean).join(", ")
}

/** Spaces and dots people type in phone numbers are dropped; +84 becomes 0. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s.\-()]/g, "")
  return digits.startsWith("+84") ? `0${digits.slice(3)}` : digits
}

/** A cart or order line as the shop names it: "<product> · <pack>". */
export function lineTitle(item: { product_title?: string | null; title?: string | null; variant_title?: string | null } | undefined): string {
  return [item?.product_title ?? item?.title, item?.variant_title].filter(Boolean).join(" · ")
}
