import {
  CATEGORY_SET_CODES,
  findCategorySet,
  OCOP_CATEGORY_SETS,
  OCOP_SECTORS,
} from "./category-sets"

describe("OCOP_SECTORS", () => {
  it("lists the six sectors I to VI in order", () => {
    expect(OCOP_SECTORS.map((s) => [s.code, s.roman])).toEqual([
      [1, "I"],
      [2, "II"],
      [3, "III"],
      [4, "IV"],
      [5, "V"],
      [6, "VI"],
    ])
  })
})

describe("OCOP_CATEGORY_SETS", () => {
  it("has 26 sets numbered 01 to 26", () => {
    expect(CATEGORY_SET_CODES).toEqual(
      Array.from({ length: 26 }, (_, i) => String(i + 1).padStart(2, "0"))
    )
  })

  it("groups the sets into 17 groups", () => {
    expect(
      new Set(OCOP_CATEGORY_SETS.map((s) => `${s.sector}/${s.group_vi}`)).size
    ).toBe(17)
  })

  it("spreads the sets over the sectors as Phụ lục I does", () => {
    const perSector = OCOP_SECTORS.map(
      (sector) =>
        OCOP_CATEGORY_SETS.filter((set) => set.sector === sector.code).length
    )
    expect(perSector).toEqual([13, 4, 3, 2, 3, 1])
  })

  it("names the sets without sub-sets after their group", () => {
    for (const set of OCOP_CATEGORY_SETS.filter((s) => Number(s.code) >= 18)) {
      expect(set.name_vi).toBe(set.group_vi)
      expect(set.name_en).toBe(set.group_en)
    }
  })

  it("gives every set a Vietnamese and an English name", () => {
    for (const set of OCOP_CATEGORY_SETS) {
      expect(set.name_vi).not.toBe("")
      expect(set.name_en).not.toBe("")
    }
  })
})

describe("findCategorySet", () => {
  it("finds a set by its two-digit code", () => {
    expect(findCategorySet("20")).toEqual(
      expect.objectContaining({
        sector: 3,
        name_vi: "Tinh dầu và dược liệu khác",
      })
    )
  })

  it("finds a set when the leading zero is dropped", () => {
    expect(findCategorySet("6")?.name_vi).toBe("Chế biến từ gạo, ngũ cốc")
    expect(findCategorySet("06")).toBe(findCategorySet("6"))
  })

  it("finds nothing for a code outside 1 to 26", () => {
    expect(findCategorySet("0")).toBeUndefined()
    expect(findCategorySet("27")).toBeUndefined()
    expect(findCategorySet("006")).toBeUndefined()
    expect(findCategorySet("")).toBeUndefined()
  })
})
