// The criteria sets' names the shop shows (catalog filter, category pages, the
// producer's listing form) are the plugin's: the same data the seed names the
// product categories with and the API searches.
import { describe, expect, it } from "vitest"
import taxonomy from "@ocop-market/medusa-plugin-ocop/data/category-sets.json"
import { categoryName, categorySetCodes, categorySetName, isCategorySet, sectorName } from "./ocop"

describe("the OCOP taxonomy in the storefront", () => {
  it("offers the 26 sets of the plugin, in its order", () => {
    expect(categorySetCodes).toEqual(taxonomy.sets.map((set) => set.code))
    expect(categorySetCodes).toHaveLength(26)
    expect(categorySetCodes.every(isCategorySet)).toBe(true)
    expect(isCategorySet("27")).toBe(false)
  })

  it.each(taxonomy.sets)("shows set $code with the plugin's Vietnamese and English names", (set) => {
    expect(categorySetName(set.code, "vi")).toBe(set.name_vi)
    expect(categorySetName(set.code, "en")).toBe(set.name_en)
    expect(categoryName({ set: set.code, sector: set.sector, name: "ignored" }, "en")).toBe(set.name_en)
  })

  it.each(taxonomy.sectors)("shows sector $code with the plugin's names", (sector) => {
    expect(sectorName(sector.code, "vi")).toBe(sector.name_vi)
    expect(sectorName(sector.code, "en")).toBe(sector.name_en)
  })

  it("falls back to the API's name for a set it does not know", () => {
    expect(categorySetName("99", "vi", "Bộ lạ")).toBe("Bộ lạ")
  })
})
