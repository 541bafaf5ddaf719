import { communeOfAddress, seatPredecessor, solePredecessor } from "../communes"
import { parcelOf } from "../parcel"

describe("communeOfAddress", () => {
  it("finds the commune the storefront writes (commune in city, province in province)", () => {
    expect(
      communeOfAddress({
        city: "Phường Hoàn Kiếm",
        province: "Thành phố Hà Nội",
      })?.code
    ).toBe("00070")
  })

  it("reads a location written the seed's way (commune in address_1, province in city)", () => {
    expect(
      communeOfAddress({
        address_1: "Phường Long Xuyên",
        city: "Tỉnh An Giang",
      })?.code
    ).toBe("30307")
  })

  it("accepts names without diacritics or the province's prefix", () => {
    expect(
      communeOfAddress({ city: "phuong hoan kiem", province: "Ha Noi" })?.code
    ).toBe("00070")
  })

  it("finds nothing for a pre-2025 district or a commune of another province", () => {
    expect(
      communeOfAddress({ city: "Quận Hoàn Kiếm", province: "Thành phố Hà Nội" })
    ).toBeNull()
    expect(
      communeOfAddress({ city: "Phường Hoàn Kiếm", province: "Tỉnh An Giang" })
    ).toBeNull()
  })
})

describe("seatPredecessor", () => {
  it("is the old commune that kept the new one's code", () => {
    const seat = seatPredecessor({
      code: "00070",
      name: "Phường Hoàn Kiếm",
      type: "phuong",
      province_code: "01",
    })
    expect(seat).toEqual(
      expect.objectContaining({
        old_name: "Phường Hàng Trống",
        old_district_name: "Quận Hoàn Kiếm",
      })
    )
  })
})

describe("solePredecessor", () => {
  it("is the one old commune a kept commune lies in, and nothing for a merge of several", () => {
    const kept = { code: "30814", name: "Xã Hòn Nghệ", type: "xa", province_code: "91" }
    expect(solePredecessor(kept as any)).toEqual(
      expect.objectContaining({ old_name: "Xã Hòn Nghệ", old_district_name: "Huyện Kiên Lương" })
    )
    const merged = { code: "00070", name: "Phường Hoàn Kiếm", type: "phuong", province_code: "01" }
    expect(solePredecessor(merged as any)).toBeNull()
  })
})

describe("parcelOf", () => {
  it("adds weights, stacks heights and counts a line without weight as 500 g", () => {
    const parcel = parcelOf([
      {
        name: "Mắm",
        quantity: 2,
        unit_price: 120000,
        variant: { weight: 350, length: 20, width: 10, height: 8 },
      },
      { name: "Trà", quantity: 1, unit_price: 80000, variant: null },
    ])
    expect(parcel).toEqual(
      expect.objectContaining({
        weight: 1200,
        length: 20,
        width: 10,
        height: 26,
        value: 320000,
      })
    )
  })
})
