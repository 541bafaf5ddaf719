import { readFileSync } from "node:fs"
import {
  deriveGhnCodes,
  OUTPUT_PATH,
  readUnits,
  SAMPLE_PATH,
} from "./derive-ghn-codes.mjs"

const units = {
  communes: [
    {
      code: "00070",
      name: "Phường Hoàn Kiếm",
      type: "phuong",
      province_code: "01",
    },
    {
      code: "30307",
      name: "Phường Long Xuyên",
      type: "phuong",
      province_code: "91",
    },
  ],
  predecessors: [
    p(
      "00070",
      "00043",
      "Phường Hàng Mã",
      "full",
      "Quận Hoàn Kiếm",
      "Thành phố Hà Nội"
    ),
    p(
      "00070",
      "00070",
      "Phường Hàng Trống",
      "partial",
      "Quận Hoàn Kiếm",
      "Thành phố Hà Nội"
    ),
    p(
      "30307",
      "30280",
      "Phường Mỹ Bình",
      "full",
      "Thành phố Long Xuyên",
      "Tỉnh An Giang"
    ),
  ],
}
function p(
  commune_code: string,
  old_code: string,
  old_name: string,
  merge: string,
  district: string,
  province: string
) {
  return {
    commune_code,
    old_code,
    old_name,
    merge,
    old_district_code: "",
    old_district_name: district,
    old_province_code: "",
    old_province_name: province,
  }
}
const master = (wards: any[]) => ({
  provinces: [
    {
      ProvinceID: 201,
      ProvinceName: "Hà Nội",
      NameExtension: ["Thành phố Hà Nội"],
    },
    { ProvinceID: 205, ProvinceName: "An Giang" },
  ],
  districts: [
    { DistrictID: 1489, ProvinceID: 201, DistrictName: "Quận Hoàn Kiếm" },
    { DistrictID: 1570, ProvinceID: 205, DistrictName: "Thành phố Long Xuyên" },
  ],
  wards,
})

describe("deriveGhnCodes", () => {
  it("maps a 2025 commune to GHN's ward that kept its code, in that ward's old district", () => {
    const { communes } = deriveGhnCodes(
      units,
      master([
        { WardCode: "1A0101", DistrictID: 1489, WardName: "Phường Hàng Mã" },
        { WardCode: "1A0117", DistrictID: 1489, WardName: "Phường Hàng Trống" },
      ])
    )
    expect(communes["00070"]).toEqual([1489, "1A0117"])
  })

  it("matches names across spellings: prefix or not, tone-mark placement (Hoà/Hòa)", () => {
    const { communes } = deriveGhnCodes(
      {
        communes: [units.communes[1]!],
        predecessors: [
          p(
            "30307",
            "30307",
            "Phường Mỹ Hòa",
            "full",
            "Thành phố Long Xuyên",
            "Tỉnh An Giang"
          ),
        ],
      },
      master([{ WardCode: "510110", DistrictID: 1570, WardName: "Mỹ Hoà" }])
    )
    expect(communes["30307"]).toEqual([1570, "510110"])
  })

  it("leaves a commune unmapped when GHN lists no ward for its seat, or two", () => {
    const { communes, unmapped } = deriveGhnCodes(
      units,
      master([
        { WardCode: "X1", DistrictID: 1570, WardName: "Phường Mỹ Bình" },
        {
          WardCode: "X2",
          DistrictID: 1570,
          WardName: "P. Mỹ Bình",
          NameExtension: ["Mỹ Bình"],
        },
      ])
    )
    expect(communes).toEqual({})
    expect(unmapped).toEqual(["00070", "30307"])
  })

  it("the committed mapping is what the script derives from the committed sample", () => {
    const sample = JSON.parse(readFileSync(SAMPLE_PATH, "utf8"))
    const committed = JSON.parse(readFileSync(OUTPUT_PATH, "utf8"))
    expect(committed.communes).toEqual(
      deriveGhnCodes(readUnits(), sample).communes
    )
  })
})
