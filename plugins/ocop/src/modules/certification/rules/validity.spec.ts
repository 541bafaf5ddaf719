import {
  CERTIFICATE_VALIDITY_MONTHS,
  defaultValidUntil,
  effectiveStatus,
  isOcopProduct,
  toDateOnly,
} from "./validity"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe("defaultValidUntil", () => {
  it("runs 36 months to the same calendar day", () => {
    expect(CERTIFICATE_VALIDITY_MONTHS).toBe(36)
    expect(defaultValidUntil(day("2023-01-27"))).toEqual(day("2026-01-27"))
    expect(defaultValidUntil(day("2023-12-28"))).toEqual(day("2026-12-28"))
  })

  it("ends a certificate from 29 February on 28 February", () => {
    expect(defaultValidUntil(day("2024-02-29"))).toEqual(day("2027-02-28"))
  })

  it("reads the decision date in UTC and returns midnight UTC", () => {
    expect(defaultValidUntil(new Date("2023-01-27T23:30:00Z"))).toEqual(
      day("2026-01-27")
    )
  })
})

describe("effectiveStatus", () => {
  const active = { status: "active" as const }

  it("keeps a certificate active on its last valid day", () => {
    expect(
      effectiveStatus(
        { ...active, valid_until: day("2026-01-27") },
        day("2026-01-27")
      )
    ).toBe("active")
  })

  it("expires a certificate the day after valid_until", () => {
    expect(
      effectiveStatus(
        { ...active, valid_until: day("2026-01-27") },
        day("2026-01-28")
      )
    ).toBe("expired")
  })

  it("accepts valid_until as a date string from the API", () => {
    expect(
      effectiveStatus(
        { ...active, valid_until: "2026-01-27" },
        day("2026-01-28")
      )
    ).toBe("expired")
    expect(
      effectiveStatus(
        { ...active, valid_until: "2026-01-27T00:00:00.000Z" },
        day("2026-01-27")
      )
    ).toBe("active")
  })

  it("never revives a revoked or superseded certificate", () => {
    const future = day("2030-01-01")
    expect(
      effectiveStatus(
        { status: "revoked", valid_until: future },
        day("2026-01-01")
      )
    ).toBe("revoked")
    expect(
      effectiveStatus(
        { status: "superseded", valid_until: future },
        day("2026-01-01")
      )
    ).toBe("superseded")
  })

  it("keeps a certificate from a known year active until 31 December three years on", () => {
    const cert = { ...active, valid_until: null, recognized_year: 2022 }
    expect(effectiveStatus(cert, day("2025-12-31"))).toBe("active")
    expect(effectiveStatus(cert, day("2026-01-01"))).toBe("expired")
  })

  it("prefers valid_until over the recognition year", () => {
    const cert = {
      ...active,
      valid_until: day("2025-10-10"),
      recognized_year: 2022,
    }
    expect(effectiveStatus(cert, day("2025-11-01"))).toBe("expired")
  })

  it("treats a certificate with no dates at all as active", () => {
    expect(
      effectiveStatus({ ...active, valid_until: null }, day("2040-01-01"))
    ).toBe("active")
  })

  it("refuses a valid_until that is not a date", () => {
    expect(() =>
      effectiveStatus({ ...active, valid_until: "soon" }, day("2026-01-01"))
    ).toThrow(RangeError)
  })
})

describe("isOcopProduct", () => {
  const current = { status: "active" as const, valid_until: day("2026-06-30") }
  const today = day("2026-01-01")

  it("accepts a current certificate of 3 stars or more", () => {
    expect(isOcopProduct({ ...current, stars: 3 }, today)).toBe(true)
    expect(isOcopProduct({ ...current, stars: 5 }, today)).toBe(true)
  })

  it("rejects 1 and 2 stars, which earn no certificate", () => {
    expect(isOcopProduct({ ...current, stars: 2 }, today)).toBe(false)
  })

  it("rejects an expired or revoked certificate", () => {
    expect(isOcopProduct({ ...current, stars: 4 }, day("2026-07-01"))).toBe(
      false
    )
    expect(
      isOcopProduct({ ...current, status: "revoked", stars: 4 }, today)
    ).toBe(false)
  })
})

describe("toDateOnly", () => {
  it("keeps the calendar date written in a string", () => {
    expect(toDateOnly("2026-01-27T00:00:00+07:00")).toBe("2026-01-27")
  })

  it("reads a Date in UTC", () => {
    expect(toDateOnly(new Date("2026-01-27T23:59:59Z"))).toBe("2026-01-27")
  })

  it("refuses an invalid date", () => {
    expect(() => toDateOnly(new Date("nope"))).toThrow(RangeError)
  })
})
