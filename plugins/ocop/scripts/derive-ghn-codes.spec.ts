import { readFileSync } from "node:fs"
import { ghnCodeOf } from "../src/providers/ghn/codes"
import {
  deriveGhnCodes,
  MASTER_DATA_PATH,
  OUTPUT_PATH,
  readUnits,
  renderOutput,
  spelling,
} from "./derive-ghn-codes.mjs"
import { compactMasterData } from "./extract-ghn-master-data.mjs"

type Old = [code: string, name: string, merge: string, district: string]

/** A hand-made units table: one 2025 commune per entry, with its old wards. */
function unitsOf(
  communes: Record<string, { province: string; olds: Old[] }>
): ReturnType<typeof readUnits> {
  return {
    communes: Object.keys(communes).map((code) => ({
      code,
      name: `Commune ${code}`,
      type: "xa",
      province_code: "00",
    })),
    predecessors: Object.entries(communes).flatMap(([code, c]) =>
      c.olds.map(([old_code, old_name, merge, district]) => ({
        commune_code: code,
        old_code,
        old_name,
        merge,
        old_district_code: "",
        old_district_name: district,
        old_province_code: "",
        old_province_name: c.province,
      }))
    ),
  }
}

// GHN's master data in the compact rows of scripts/data (ids made up here).
const MASTER = {
  provinces: [
    [201, "Hà Nội", ["Thành phố Hà Nội", "TP.Hà Nội"]],
    [217, "An Giang", []],
  ],
  districts: [
    [1489, 201, "Quận Hoàn Kiếm", ["Q.Hoàn Kiếm"], 1],
    [1566, 217, "Thành phố Long Xuyên", [], 1],
    [1755, 217, "Thị xã Tân Châu", [], 1],
    [1756, 217, "Huyện Phú Tân", [], 1],
    [1999, 217, "Huyện Khoá", [], 2],
  ],
  wards: [
    ["1A0212", 1489, "Phường Hàng Mã", []],
    ["1A0213", 1489, "Phường Hàng Trống", []],
    ["510111", 1566, "Phường Mỹ Hoà", []],
    ["510401", 1755, "Phường Long Thạnh", []],
    ["510402", 1755, "Xã Long An", []],
    ["510403", 1755, "Thị trấn Long An", []],
    ["510501", 1756, "Xã Phú Lâm", []],
    ["510502", 1756, "Xã Phú Lâm", []],
    ["510503", 1756, "Xã An Phụ", []],
    ["510504", 1756, "Xã Hiệp Xương", []],
    ["510505", 1756, "Xã Tân Hòa", []],
    ["519901", 1999, "Xã Khoá", []],
  ],
}

const derive = (communes: Parameters<typeof unitsOf>[0]) =>
  deriveGhnCodes(unitsOf(communes), MASTER)

describe("deriveGhnCodes on hand-made lists", () => {
  it("sends a commune as the old ward that kept its code, in that ward's old district", () => {
    const { communes } = derive({
      "00070": {
        province: "Thành phố Hà Nội",
        olds: [
          ["00043", "Phường Hàng Mã", "full", "Quận Hoàn Kiếm"],
          ["00070", "Phường Hàng Trống", "partial", "Quận Hoàn Kiếm"],
        ],
      },
    })
    expect(communes["00070"]).toEqual([1489, "1A0213", "00070"])
  })

  it("falls back to the first old ward merged whole when GHN lists no seat, never to a partial one", () => {
    const { communes } = derive({
      "30445": {
        province: "Tỉnh An Giang",
        olds: [
          ["30445", "Xã Không Có", "full", "Huyện Phú Tân"],
          ["30440", "Xã Tân Hòa", "partial", "Huyện Phú Tân"],
          ["30448", "Xã Hiệp Xương", "full", "Huyện Phú Tân"],
        ],
      },
      "30450": {
        province: "Tỉnh An Giang",
        olds: [
          ["30450", "Xã Không Có", "full", "Huyện Phú Tân"],
          ["30451", "Xã Tân Hòa", "partial", "Huyện Phú Tân"],
        ],
      },
    })
    expect(communes["30445"]).toEqual([1756, "510504", "30448"])
    expect(communes["30450"]).toBeUndefined()
  })

  it("matches across spellings: tone-mark place (Hòa/Hoà), a district upgraded from Thị xã", () => {
    const { communes } = derive({
      "30307": {
        province: "Tỉnh An Giang",
        olds: [["30307", "Phường Mỹ Hòa", "full", "Thành phố Long Xuyên"]],
      },
      "30376": {
        province: "Tỉnh An Giang",
        olds: [["30376", "Phường Long Thạnh", "full", "Thành phố Tân Châu"]],
      },
    })
    expect(communes["30307"]).toEqual([1566, "510111", "30307"])
    expect(communes["30376"]).toEqual([1755, "510401", "30376"])
  })

  it("keeps a unit's prefix apart (Xã Long An is not Thị trấn Long An) and prefers the exact tone", () => {
    const { communes } = deriveGhnCodes(
      unitsOf({
        "30380": {
          province: "Tỉnh An Giang",
          olds: [["30380", "Thị trấn Long An", "full", "Thị xã Tân Châu"]],
        },
        "30460": {
          province: "Tỉnh An Giang",
          olds: [["30460", "Xã An Phú", "full", "Huyện Phú Tân"]],
        },
      }),
      {
        ...MASTER,
        wards: [...MASTER.wards, ["510506", 1756, "Xã An Phú", []]],
      }
    )
    expect(communes["30380"]).toEqual([1755, "510403", "30380"])
    expect(communes["30460"]).toEqual([1756, "510506", "30460"])
  })

  it("reads a tone-only difference inside the old district as GHN's spelling (Đăk/Đắk), when no exact spelling exists", () => {
    const { communes } = derive({
      "30460": {
        province: "Tỉnh An Giang",
        olds: [["30460", "Xã An Phú", "full", "Huyện Phú Tân"]],
      },
    })
    expect(communes["30460"]).toEqual([1756, "510503", "30460"])
  })

  it("leaves unmapped a name GHN lists twice, a locked district, and a commune without old wards", () => {
    const { communes, unmapped } = derive({
      "30421": {
        province: "Tỉnh An Giang",
        olds: [["30421", "Xã Phú Lâm", "full", "Huyện Phú Tân"]],
      },
      "30999": {
        province: "Tỉnh An Giang",
        olds: [["30999", "Xã Khoá", "full", "Huyện Khoá"]],
      },
      "26732": { province: "Tỉnh An Giang", olds: [] },
    })
    expect(communes).toEqual({})
    expect(unmapped.sort()).toEqual(["26732", "30421", "30999"])
  })

  it("takes a ward GHN files under another district only when a second old ward backs that district", () => {
    const moved = derive({
      // Both old wards now in "Thành phố Long Xuyên"; GHN still files them in Phú Tân.
      "30500": {
        province: "Tỉnh An Giang",
        olds: [
          ["30500", "Xã Hiệp Xương", "full", "Thành phố Long Xuyên"],
          ["30501", "Xã Tân Hòa", "full", "Thành phố Long Xuyên"],
        ],
      },
      // One name alone may be a namesake elsewhere in the province.
      "30600": {
        province: "Tỉnh An Giang",
        olds: [["30600", "Xã Hiệp Xương", "full", "Thành phố Long Xuyên"]],
      },
      // Across districts only the exact spelling counts: GHN's "Xã An Phụ" in Phú
      // Tân does not back "Xã Tân Hòa" there.
      "30700": {
        province: "Tỉnh An Giang",
        olds: [
          ["30700", "Xã An Phú", "full", "Thành phố Long Xuyên"],
          ["30701", "Xã Tân Hòa", "full", "Thành phố Long Xuyên"],
        ],
      },
    })
    expect(moved.communes["30500"]).toEqual([1756, "510504", "30500"])
    expect(moved.unmapped).toEqual(["30600", "30700"])
  })

  it("evens out only the tone mark's place when spelling names", () => {
    expect(spelling("Xã Tân Hoà")).toBe(spelling("xã tân hòa"))
    expect(spelling("Phường Thuỷ Xuân")).toBe(spelling("Phường Thủy Xuân"))
    expect(spelling("Phường 01")).toBe(spelling("Phường 1"))
    expect(spelling("Xã An Phú")).not.toBe(spelling("Xã An Phụ"))
  })
})

describe("the committed GHN mapping", () => {
  const master = JSON.parse(readFileSync(MASTER_DATA_PATH, "utf8"))
  const derived = deriveGhnCodes(readUnits(), master)

  it("is exactly what the script derives from the committed GHN extract", () => {
    expect(readFileSync(OUTPUT_PATH, "utf8")).toBe(
      renderOutput(master, derived)
    )
  })

  it("maps nearly every 2025 commune and records which old ward stands for each", () => {
    const mapped = Object.keys(derived.communes).length
    expect(mapped + derived.unmapped.length).toBe(3321)
    expect(mapped).toBeGreaterThan(3200)
  })

  // Ids as GHN's list (scripts/data/ghn-master-data.json) gives them; GHN's own
  // API reference shows the same DistrictID 1566 for Thành phố Long Xuyên.
  it("gives a Hà Nội ward the ids of its seat: Phường Hoàn Kiếm → Hàng Trống (1489, 1A0213)", () => {
    expect(ghnCodeOf("00070")).toEqual({
      district_id: 1489,
      ward_code: "1A0213",
    })
    expect(derived.communes["00070"]).toEqual([1489, "1A0213", "00070"])
    expect(ghnCodeOf("00004")).toEqual({
      district_id: 1484,
      ward_code: "1A0113",
    })
  })

  it("gives An Giang communes theirs: Long Xuyên → Mỹ Hòa (1566, 510111), Châu Phong → Lê Chánh (1755, 510413)", () => {
    expect(ghnCodeOf("30307")).toEqual({
      district_id: 1566,
      ward_code: "510111",
    })
    expect(ghnCodeOf("30403")).toEqual({
      district_id: 1755,
      ward_code: "510413",
    })
    const rows = master.wards.filter(
      ([code]: [string]) => code === "510111" || code === "510413"
    )
    expect(rows).toEqual([
      ["510111", 1566, "Phường Mỹ Hòa", []],
      ["510413", 1755, "Xã Lê Chánh", []],
    ])
  })

  it("maps every commune the seed and the tests ship from or to", () => {
    // The seeded warehouse and sales points (An Giang, Cần Thơ) and the test
    // addresses (Hà Nội).
    for (const code of [
      "00004",
      "00070",
      "00082",
      "30307",
      "30316",
      "30325",
      "30376",
      "30377",
      "30403",
      "30421",
      "30445",
      "30469",
      "30505",
      "30526",
      "30538",
      "30544",
      "30628",
      "30664",
      "30682",
      "30709",
      "30742",
      "31078",
      "31135",
      "31366",
      "31408",
    ])
      expect([code, ghnCodeOf(code)]).toEqual([code, expect.any(Object)])
  })

  it("has no code for Đặc khu Côn Đảo, which had no commune before 2025", () => {
    expect(ghnCodeOf("26732")).toBeNull()
    expect(derived.unmapped).toContain("26732")
  })
})

describe("compactMasterData", () => {
  it("keeps GHN's ids, names, spellings and district status, sorted, in the extract's columns", () => {
    expect(
      compactMasterData({
        provinces: [
          {
            ProvinceID: 217,
            ProvinceName: "An Giang",
            Code: "89",
            NameExtension: ["Tỉnh An Giang"],
          },
          { ProvinceID: 201, ProvinceName: "Hà Nội" },
        ],
        districts: [
          {
            DistrictID: 1640,
            ProvinceID: 245,
            DistrictName: "Thành phố Bắc Kạn",
            Status: 2,
            Type: 3,
          },
          {
            DistrictID: 1566,
            ProvinceID: 217,
            DistrictName: "Thành phố Long Xuyên",
          },
        ],
        wards: [
          {
            WardCode: 510111,
            DistrictID: 1566,
            WardName: "Phường Mỹ Hòa",
            SupportType: 3,
          },
          {
            WardCode: "1A0213",
            DistrictID: 1489,
            WardName: "Phường Hàng Trống",
          },
        ],
      })
    ).toEqual({
      provinces: [
        [201, "Hà Nội", []],
        [217, "An Giang", ["Tỉnh An Giang"]],
      ],
      districts: [
        [1566, 217, "Thành phố Long Xuyên", [], 1],
        [1640, 245, "Thành phố Bắc Kạn", [], 2],
      ],
      wards: [
        ["1A0213", 1489, "Phường Hàng Trống", []],
        ["510111", 1566, "Phường Mỹ Hòa", []],
      ],
    })
  })
})
