import { describe, expect, it } from "vitest"
import { normalizeTaxCode } from "./tax-code"

describe("normalizeTaxCode", () => {
  it("keeps a 10-digit code and writes a 13-digit one with its dash", () => {
    expect(normalizeTaxCode("0312345678")).toBe("0312345678")
    expect(normalizeTaxCode("0312345678-001")).toBe("0312345678-001")
    expect(normalizeTaxCode("0312345678001")).toBe("0312345678-001")
    expect(normalizeTaxCode(" 0312 345 678 ")).toBe("0312345678")
  })

  it("refuses other lengths and letters", () => {
    for (const bad of ["031234567", "03123456789", "0312345678-01", "03123456AB", ""]) {
      expect(normalizeTaxCode(bad)).toBeNull()
    }
  })
})
