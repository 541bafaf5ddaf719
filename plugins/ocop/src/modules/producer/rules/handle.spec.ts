import { describe, expect, it } from "vitest"
import { asciiHandle, isAsciiHandle, uniqueHandle } from "./handle"

describe("asciiHandle", () => {
  it.each([
    ["Kẹo thốt nốt", "keo-thot-not"],
    ["Đường thốt nốt", "duong-thot-not"],
    ["Mắm cá linh – Châu Đốc", "mam-ca-linh-chau-doc"],
    ["Kẹo thốt nốt Đặc biệt", "keo-thot-not-dac-biet"],
    ["🍬 Kẹo dừa (loại 1)!!", "keo-dua-loai-1"],
    ["Thuỵ / Thụy — Hoà, Hòa", "thuy-thuy-hoa-hoa"],
    ["  Trà   Ô long  ", "tra-o-long"],
  ])("folds %s to %s", (title, handle) => {
    expect(asciiHandle(title)).toBe(handle)
    expect(isAsciiHandle(handle)).toBe(true)
  })

  it("stays within 120 characters and never ends on a dash", () => {
    const handle = asciiHandle("Bánh pía ".repeat(30))
    expect(handle.length).toBeLessThanOrEqual(120)
    expect(handle.endsWith("-")).toBe(false)
  })

  it("gives an empty handle for a title with no letters or digits", () => {
    expect(asciiHandle("🎁 – !!")).toBe("")
  })
})

describe("isAsciiHandle", () => {
  it("rejects the handles Medusa derived before, with their diacritics", () => {
    expect(isAsciiHandle("kẹo-thốt-nốt-palmania")).toBe(false)
    expect(isAsciiHandle("Keo-thot-not")).toBe(false)
  })
})

describe("uniqueHandle", () => {
  it("numbers repeats from 2", () => {
    expect(uniqueHandle("keo-thot-not", [])).toBe("keo-thot-not")
    expect(uniqueHandle("keo-thot-not", ["keo-thot-not"])).toBe(
      "keo-thot-not-2"
    )
    expect(
      uniqueHandle("keo-thot-not", ["keo-thot-not", "keo-thot-not-2"])
    ).toBe("keo-thot-not-3")
  })

  it("keeps a numbered long handle within 120 characters", () => {
    const base = "a".repeat(120)
    const handle = uniqueHandle(base, [base])
    expect(handle).toHaveLength(120)
    expect(handle.endsWith("-2")).toBe(true)
  })

  it("names a title without letters san-pham", () => {
    expect(uniqueHandle("", ["san-pham"])).toBe("san-pham-2")
  })
})
