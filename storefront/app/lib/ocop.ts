import taxonomy from "@ocop-market/medusa-plugin-ocop/data/category-sets.json"
import type { Locale } from "./i18n"
import type { OcopCategory } from "./ocop-types"

// The names come from the plugin's taxonomy, the one source the seed and the API use.
const setsByCode = new Map(taxonomy.sets.map((set) => [set.code, set]))

export const categorySetCodes = taxonomy.sets.map((set) => set.code)

export function isCategorySet(code: string): boolean {
  return setsByCode.has(code)
}

/** The criteria set's name in the reader's language (the API only has Vietnamese). */
export function categorySetName(set: string, locale: Locale, fallback?: string | null): string {
  const found = setsByCode.get(set)
  return (locale === "en" ? found?.name_en : found?.name_vi) ?? fallback ?? set
}

export function categoryName(category: OcopCategory, locale: Locale): string | null {
  if (category.set) return categorySetName(category.set, locale, category.name)
  if (category.sector) return sectorName(category.sector, locale)
  return category.name
}

export function sectorName(sector: number, locale: Locale): string {
  const found = taxonomy.sectors.find((s) => s.code === sector)
  return (locale === "en" ? found?.name_en : found?.name_vi) ?? String(sector)
}

/** "★★★★☆" for screen-less contexts (titles, JSON); the UI uses StarRating. */
export function starGlyphs(stars: number): string {
  return "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars))
}
