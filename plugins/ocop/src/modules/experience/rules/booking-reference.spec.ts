import { describe, expect, it } from "vitest"
import {
  newBookingReference,
  normalizeBookingReference,
} from "./booking-reference"

describe("newBookingReference", () => {
  it("gives TX- codes without characters a host could misread, and does not repeat itself", () => {
    const refs = Array.from({ length: 500 }, newBookingReference)
    for (const ref of refs) {
      expect(ref).toMatch(/^TX-[2-9A-HJKMNP-Z]{6}$/)
    }
    expect(new Set(refs).size).toBe(refs.length)
  })
})

describe("normalizeBookingReference", () => {
  it("accepts a code typed in lower case with spaces around it", () => {
    expect(normalizeBookingReference("  tx-7k3q9p ")).toBe("TX-7K3Q9P")
  })

  it.each(["TX-7K3Q9", "TX-7K3Q9O", "7K3Q9P", "TX-7K3Q9P-1"])(
    "refuses %s",
    (value) => {
      expect(normalizeBookingReference(value)).toBeNull()
    }
  )
})
