import taxonomy from "../../../data/category-sets.json"

/**
 * OCOP product taxonomy of 148/QĐ-TTg Phụ lục I, unchanged in 26/2026:
 * 6 sectors (ngành) → 17 groups (nhóm) → 26 criteria sets (bộ sản phẩm).
 * A product is evaluated against the scorecard of its set, so the set, not
 * the group, is what a certificate records.
 */
export type OcopSector = {
  code: number
  roman: string
  name_vi: string
  name_en: string
}

export type OcopCategorySet = {
  code: string
  sector: number
  group_vi: string
  group_en: string
  name_vi: string
  name_en: string
}

// The one source of the taxonomy's names, shared with the seed and the storefront
// (package export `@ocop-market/medusa-plugin-ocop/data/category-sets.json`).
export const OCOP_SECTORS: OcopSector[] = taxonomy.sectors

export const OCOP_CATEGORY_SETS: OcopCategorySet[] = taxonomy.sets

export const CATEGORY_SET_CODES: string[] = OCOP_CATEGORY_SETS.map(
  (set) => set.code
)

/** Looks a set up by its code; "1" finds "01", as decisions often drop the zero. */
export function findCategorySet(code: string): OcopCategorySet | undefined {
  const trimmed = code.trim()
  if (!/^\d{1,2}$/.test(trimmed)) return undefined
  const canonical = trimmed.padStart(2, "0")
  return OCOP_CATEGORY_SETS.find((set) => set.code === canonical)
}
