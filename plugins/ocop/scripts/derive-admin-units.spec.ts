import { existsSync, readFileSync } from "node:fs"
import { loadAdminUnits } from "../src/modules/admin-units/data/admin-units"
import {
  DEFAULT_CSV_PATH,
  parseConversionTable,
} from "./derive-admin-units.mjs"

const HEADER = [
  "Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,",
  '"Tỉnh, thành phố",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,',
].join("\n")

const csv = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n"

describe("parseConversionTable on a hand-made table", () => {
  it("skips header and banner rows, even a banner that repeats a province name", () => {
    const units = parseConversionTable(
      csv(
        "AN GIANG,,,,,,,,",
        "Tỉnh Bắc Ninh (24),,,,,,,,",
        "Tỉnh An Giang (91),Xã Mỹ Đức,30469,Xã Mỹ Đức,30469,Nhập toàn bộ,Huyện Châu Phú (889),Tỉnh An Giang (89),"
      )
    )
    expect(units.provinces).toEqual([
      { code: "91", name: "Tỉnh An Giang", type: "tinh" },
    ])
    expect(units.communes).toHaveLength(1)
    expect(units.predecessors).toHaveLength(1)
  })

  it("trims a name that carries a quoted newline and keeps its prefix", () => {
    const units = parseConversionTable(
      csv(
        'Thành phố Cần Thơ (92),"Xã Thạnh Hòa\n",31408,Xã Thạnh Hòa ,31408,Nhập toàn bộ,Huyện Phụng Hiệp (934),Tỉnh Hậu Giang (93),'
      )
    )
    expect(units.provinces[0]).toEqual({
      code: "92",
      name: "Thành phố Cần Thơ",
      type: "thanh_pho",
    })
    expect(units.communes).toEqual([
      { code: "31408", name: "Xã Thạnh Hòa", type: "xa", province_code: "92" },
    ])
    expect(units.predecessors[0].old_name).toBe("Xã Thạnh Hòa")
  })

  it("stores names in composed Unicode with single spaces", () => {
    const units = parseConversionTable(
      csv(
        `Tỉnh Bắc Ninh (24),${"Phường Từ Sơn".normalize("NFD")},09367, Phường  Đông Ngàn ,09367,Nhập toàn bộ,Thị Xã Từ Sơn (261),Tỉnh Bắc Ninh (27),`
      )
    )
    expect(units.communes[0].name).toBe("Phường Từ Sơn".normalize("NFC"))
    expect(units.predecessors[0]).toEqual(
      expect.objectContaining({
        old_name: "Phường Đông Ngàn",
        old_district_name: "Thị xã Từ Sơn",
      })
    )
  })

  it("lists a commune once however many predecessors it has", () => {
    const units = parseConversionTable(
      csv(
        "Tỉnh An Giang (91),Xã Mỹ Đức,30469,Xã Mỹ Đức,30469,Nhập toàn bộ,Huyện Châu Phú (889),Tỉnh An Giang (89),",
        "Tỉnh An Giang (91),Xã Mỹ Đức,30469,Xã Khánh Hòa,30466,Nhập toàn bộ,Huyện Châu Phú (889),Tỉnh An Giang (89),"
      )
    )
    expect(units.communes.map((c) => c.code)).toEqual(["30469"])
    expect(units.predecessors.map((p) => p.old_code)).toEqual([
      "30469",
      "30466",
    ])
  })

  it.each([
    ["Nhập toàn bộ", "full"],
    ["Giữ nguyên ", "full"],
    ["Đổi tên", "full"],
    ["Sắp xếp toàn bộ xã Thổ Châu thành đặc khu Thổ Châu", "full"],
    ["Nhập một phần", "partial"],
    ['"Nhập một phần\n"', "partial"],
    ["Nhập một  phần", "partial"],
    ['"Nhập một phần diện tích, toàn bộ dân số"', "partial"],
    ["Phần còn lại sau khi tách một phần vào xã Canh Vinh", "partial"],
  ])("reads the note %j as a %s merge", (note, merge) => {
    const units = parseConversionTable(
      csv(
        `Tỉnh An Giang (91),Phường Vĩnh Tế,30325,Xã Vĩnh Châu,30334,${note},Thành phố Châu Đốc (884),Tỉnh An Giang (89),`
      )
    )
    expect(units.predecessors[0].merge).toBe(merge)
  })

  it("refuses a note it does not understand", () => {
    expect(() =>
      parseConversionTable(
        csv(
          "Tỉnh An Giang (91),Phường Vĩnh Tế,30325,Xã Vĩnh Châu,30334,Chia ba,Thành phố Châu Đốc (884),Tỉnh An Giang (89),"
        )
      )
    ).toThrow(/merge note "Chia ba"/)
  })

  it("refuses a commune whose type it cannot tell", () => {
    expect(() =>
      parseConversionTable(
        csv(
          "Tỉnh An Giang (91),Thị trấn Núi Sập,30682,Thị trấn Núi Sập,30682,Nhập toàn bộ,Huyện Thoại Sơn (892),Tỉnh An Giang (89),"
        )
      )
    ).toThrow(/commune type/)
  })

  it("keeps a whole island district that became a special zone, with no old commune", () => {
    const units = parseConversionTable(
      csv(
        '"Thành phố Hồ Chí Minh (79)","Đặc khu Côn Đảo\n",26732,,,Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo,Huyện Côn Đảo (755),Tỉnh Bà Rịa - Vũng Tàu (77),'
      )
    )
    expect(units.communes[0]).toEqual({
      code: "26732",
      name: "Đặc khu Côn Đảo",
      type: "dac_khu",
      province_code: "79",
    })
    expect(units.predecessors[0]).toEqual({
      commune_code: "26732",
      old_code: "",
      old_name: "",
      merge: "full",
      old_district_code: "755",
      old_district_name: "Huyện Côn Đảo",
      old_province_code: "77",
      old_province_name: "Tỉnh Bà Rịa - Vũng Tàu",
    })
  })
})

// The NSO table lives beside the project (../shared); where a checkout has no copy,
// the same facts are checked on the units the plugin ships, and the one test that
// compares the two is reported as skipped.
const csvPresent = existsSync(DEFAULT_CSV_PATH)

describe(`administrative units of July 2025 (${csvPresent ? "parsed from the NSO table" : "as shipped in the plugin"})`, () => {
  const units = csvPresent
    ? parseConversionTable(readFileSync(DEFAULT_CSV_PATH, "utf8"))
    : loadAdminUnits()
  const commune = (code: string) => units.communes.find((c) => c.code === code)
  const communesOf = (province: string) =>
    units.communes.filter((c) => c.province_code === province)
  const countTypes = (list: { type: string }[]) =>
    list.reduce<Record<string, number>>(
      (n, c) => ({ ...n, [c.type]: (n[c.type] ?? 0) + 1 }),
      {}
    )

  it("finds the 34 provinces: 28 tỉnh and 6 thành phố", () => {
    expect(units.provinces).toHaveLength(34)
    expect(countTypes(units.provinces)).toEqual({ tinh: 28, thanh_pho: 6 })
    expect(units.provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true)
  })

  it("finds 3,321 communes nationwide, each code once", () => {
    expect(units.communes).toHaveLength(3321)
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(3321)
    expect(units.communes.every((c) => /^\d{5}$/.test(c.code))).toBe(true)
  })

  it("gives the new An Giang code 91 and its 102 units of Resolution 1654", () => {
    expect(units.provinces.find((p) => p.code === "91")?.name).toBe(
      "Tỉnh An Giang"
    )
    expect(countTypes(communesOf("91"))).toEqual({
      xa: 85,
      phuong: 14,
      dac_khu: 3,
    })
  })

  it("gives Cần Thơ code 92 and its 103 units of Resolution 1668", () => {
    expect(units.provinces.find((p) => p.code === "92")).toEqual({
      code: "92",
      name: "Thành phố Cần Thơ",
      type: "thanh_pho",
    })
    expect(countTypes(communesOf("92"))).toEqual({ xa: 72, phuong: 31 })
  })

  it("keeps zero-padded codes", () => {
    expect(units.provinces[0]).toEqual({
      code: "01",
      name: "Thành phố Hà Nội",
      type: "thanh_pho",
    })
    expect(commune("00004")?.name).toBe("Phường Ba Đình")
  })

  it("codes Xã Châu Phong 30403, the old code of Xã Lê Chánh", () => {
    expect(commune("30403")).toEqual({
      code: "30403",
      name: "Xã Châu Phong",
      type: "xa",
      province_code: "91",
    })
    const predecessors = units.predecessors.filter(
      (p) => p.commune_code === "30403"
    )
    expect(predecessors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          old_code: "30403",
          old_name: "Xã Lê Chánh",
          merge: "full",
          old_district_name: "Thị xã Tân Châu",
        }),
        expect.objectContaining({
          old_code: "30397",
          old_name: "Xã Châu Phong",
          merge: "full",
          old_district_code: "887",
          old_district_name: "Thị xã Tân Châu",
          old_province_code: "89",
          old_province_name: "Tỉnh An Giang",
        }),
      ])
    )
  })

  it("splits old Xã Vĩnh Châu between Phường Châu Đốc and Phường Vĩnh Tế", () => {
    const heirs = units.predecessors
      .filter((p) => p.old_code === "30334")
      .map((p) => [p.commune_code, p.merge])
    expect(heirs).toEqual([
      ["30316", "partial"],
      ["30325", "partial"],
    ])
    expect(commune("30316")?.name).toBe("Phường Châu Đốc")
    expect(commune("30325")?.name).toBe("Phường Vĩnh Tế")
  })

  it("makes Phú Quốc the special zone 31078", () => {
    expect(commune("31078")).toEqual({
      code: "31078",
      name: "Đặc khu Phú Quốc",
      type: "dac_khu",
      province_code: "91",
    })
  })

  it("leaves no name with stray, doubled or decomposed whitespace and letters", () => {
    const names = [
      ...units.provinces.map((p) => p.name),
      ...units.communes.map((c) => c.name),
      ...units.predecessors.flatMap((p) => [
        p.old_name,
        p.old_district_name,
        p.old_province_name,
      ]),
    ]
    const untidy = names.filter(
      (name) =>
        name !== name.trim() ||
        /\s{2,}|\n/.test(name) ||
        name !== name.normalize("NFC")
    )
    expect(untidy).toEqual([])
  })

  it("files every old district under one old province", () => {
    const provincesOf = new Map<string, Set<string>>()
    for (const p of units.predecessors) {
      const set = provincesOf.get(p.old_district_code) ?? new Set()
      provincesOf.set(p.old_district_code, set.add(p.old_province_code))
    }
    const ambiguous = [...provincesOf].filter(([, set]) => set.size > 1)
    expect(ambiguous).toEqual([])
    expect(provincesOf.get("900")).toEqual(new Set(["91"]))
  })

  it.skipIf(!csvPresent)("matches the JSON shipped in the plugin", () => {
    expect(loadAdminUnits()).toEqual(units)
  })
})
