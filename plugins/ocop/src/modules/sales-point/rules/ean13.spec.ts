import { describe, expect, it } from "vitest"
import { ean13CheckDigit, ean13Modules, inStoreEan13, inStoreSerial, isEan13 } from "./ean13"

describe("EAN-13", () => {
  it("computes the check digit of known GTINs", () => {
    // 893 is Vietnam's GS1 prefix; 4006381333931 is the textbook example.
    expect(ean13CheckDigit("400638133393")).toBe(1)
    expect(isEan13("4006381333931")).toBe(true)
    expect(isEan13("4006381333932")).toBe(false)
    expect(isEan13("400638133393")).toBe(false)
  })

  it("numbers in-store codes in the restricted prefix 20 with a right check digit, and reads the serial back", () => {
    const code = inStoreEan13(42)
    expect(code).toMatch(/^200000000042\d$/)
    expect(isEan13(code)).toBe(true)
    expect(inStoreSerial(code)).toBe(42)
    expect(inStoreSerial("4006381333931")).toBe(0)
  })

  it("draws 95 modules with the guards in place", () => {
    const modules = ean13Modules("4006381333931")
    expect(modules).toHaveLength(95)
    expect(modules.slice(0, 3)).toBe("101")
    expect(modules.slice(45, 50)).toBe("01010")
    expect(modules.slice(-3)).toBe("101")
  })
})
