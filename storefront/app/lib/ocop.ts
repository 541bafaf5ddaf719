import taxonomy from "@ocop-market/medusa-plugin-ocop/data/category-sets.json"
import type { Locale, MessageKey, Translate } from "./i18n"
import type { OcopCategory, IssuingLevel, ProducerType } from "./ocop-types"

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

const producerTypeKeys: Record<ProducerType, MessageKey> = {
  household_business: "producerType.household_business",
  cooperative: "producerType.cooperative",
  cooperative_group: "producerType.cooperative_group",
  enterprise: "producerType.enterprise",
}

export function producerTypeLabel(type: ProducerType | null, t: Translate): string {
  return type ? t(producerTypeKeys[type]) : t("common.notRecorded")
}

const issuingLevelKeys: Record<IssuingLevel, MessageKey> = {
  district: "ocop.level.district",
  province: "ocop.level.province",
  central: "ocop.level.central",
}

export function issuingLevelLabel(level: IssuingLevel | null, t: Translate): string {
  return level ? t(issuingLevelKeys[level]) : t("common.notRecorded")
}

/** "★★★★☆" for screen-less contexts (titles, JSON); the UI uses StarRating. */
export function starGlyphs(stars: number): string {
  return "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars))
}
