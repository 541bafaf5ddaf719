import { describe, expect, it } from "vitest"
import { formatAddressLine, formatDate, formatScore, formatVnd, fullName, normalizePhone, splitFullName } from "./format"

// Intl puts a no-break space before the currency sign; people read it as a space.
const plain = (s: string) => s.replace(/\u00a0/g, " ")

describe("formatVnd", () => {
  it("writes đồng with dots for thousands and the sign after the number", () => {
    expect(plain(formatVnd(45000))).toBe("45.000 ₫")
    expect(plain(formatVnd(1250000))).toBe("1.250.000 ₫")
    expect(plain(formatVnd(0))).toBe("0 ₫")
  })

  it("never shows decimals, as đồng has no minor unit", () => {
    expect(plain(formatVnd(45000.4))).toBe("45.000 ₫")
    expect(plain(formatVnd(45999.6))).toBe("46.000 ₫")
  })
})

describe("formatDate", () => {
  it("writes certificate dates day/month/year in Vietnamese and in words in English", () => {
    expect(formatDate("2024-06-04", "vi")).toBe("04/06/2024")
    expect(formatDate("2027-06-04", "en")).toBe("4 June 2027")
  })

  it("uses Vietnam's clock for timestamps, so a late-evening UTC order is dated the next day", () => {
    expect(formatDate("2026-11-26T20:30:00.000Z", "vi")).toBe("27/11/2026")
  })

  it("shows an unreadable date as it came rather than 'Invalid Date'", () => {
    expect(formatDate("không rõ", "vi")).toBe("không rõ")
  })
})

describe("formatScore", () => {
  it("uses the reader's decimal mark", () => {
    expect(formatScore(78.1, "vi")).toBe("78,1")
    expect(formatScore(91.14, "en")).toBe("91.14")
  })
})

describe("names and addresses", () => {
  it("splits a Vietnamese full name into family names and the given name, and joins it back", () => {
    expect(splitFullName("  Nguyễn Văn   An ")).toEqual({ last_name: "Nguyễn Văn", first_name: "An" })
    expect(splitFullName("Mai")).toEqual({ last_name: "", first_name: "Mai" })
    expect(fullName({ last_name: "Nguyễn Văn", first_name: "An" })).toBe("Nguyễn Văn An")
  })

  it("writes an address as street, commune, province with no district", () => {
    expect(formatAddressLine({ address_1: "12 Trần Hưng Đạo", city: "Xã Chợ Mới", province: "Tỉnh An Giang" })).toBe(
      "12 Trần Hưng Đạo, Xã Chợ Mới, Tỉnh An Giang"
    )
    expect(formatAddressLine({ address_1: "ấp Tầm Vu 1", city: null, province: "Thành phố Cần Thơ" })).toBe(
      "ấp Tầm Vu 1, Thành phố Cần Thơ"
    )
  })

  it("accepts phone numbers the way people type them", () => {
    expect(normalizePhone("0912 345 678")).toBe("0912345678")
    expect(normalizePhone("+84 909.111.222")).toBe("0909111222")
    expect(normalizePhone("(0292) 3821-234")).toBe("02923821234")
  })
})
