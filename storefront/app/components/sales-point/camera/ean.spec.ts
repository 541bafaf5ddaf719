import { describe, expect, it } from "vitest"
import { isEan } from "./ean"

describe("isEan", () => {
  it("takes an EAN-13 and an EAN-8 whose check digit is right", () => {
    expect(isEan("8934563138165")).toBe(true)
    expect(isEan("2000000000015")).toBe(true)
    expect(isEan("96385074")).toBe(true)
  })

  it("refuses a misread digit, a wrong length or anything not digits", () => {
    expect(isEan("8934563138166")).toBe(false)
    expect(isEan("893456313816")).toBe(false)
    expect(isEan("89345631381a5")).toBe(false)
    expect(isEan("")).toBe(false)
  })
})
