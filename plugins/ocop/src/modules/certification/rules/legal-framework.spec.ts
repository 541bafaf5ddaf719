import {
  allowedIssuingLevels,
  ISSUING_LEVELS,
  isIssuingLevel,
  isLegalFramework,
  LEGAL_FRAMEWORKS,
  legalFrameworkInForceFrom,
  legalFrameworkOn,
} from "./legal-framework"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe("legalFrameworkOn", () => {
  it.each([
    ["2019-08-20", null],
    ["2019-08-21", "1048"],
    ["2023-02-23", "1048"],
    ["2023-02-24", "148"],
    ["2025-07-05", "148"],
    ["2025-07-06", "148+1489"],
    ["2026-05-21", "148+1489"],
    ["2026-05-22", "26-2026"],
  ])("applies to a decision of %s the framework %s", (date, framework) => {
    expect(legalFrameworkOn(day(date))).toBe(framework)
  })

  it("returns null before OCOP had national criteria", () => {
    expect(legalFrameworkOn(day("2018-05-07"))).toBeNull()
  })
})

describe("legalFrameworkInForceFrom", () => {
  it("gives the first day each framework applied", () => {
    expect(LEGAL_FRAMEWORKS.map(legalFrameworkInForceFrom)).toEqual([
      "2019-08-21",
      "2023-02-24",
      "2025-07-06",
      "2026-05-22",
    ])
  })
})

describe("allowedIssuingLevels", () => {
  it("lets the province or a district certify 3 stars under 1048", () => {
    expect(allowedIssuingLevels(3, "1048")).toEqual(["district", "province"])
    expect(allowedIssuingLevels(4, "1048")).toEqual(["province"])
  })

  it("splits 3, 4 and 5 stars between district, province and centre under 148", () => {
    expect(allowedIssuingLevels(3, "148")).toEqual(["district"])
    expect(allowedIssuingLevels(4, "148")).toEqual(["province"])
    expect(allowedIssuingLevels(5, "148")).toEqual(["central"])
  })

  it("moves 3 stars to the province once districts were abolished", () => {
    expect(allowedIssuingLevels(3, "148+1489")).toEqual(["province"])
    expect(allowedIssuingLevels(3, "26-2026")).toEqual(["province"])
    expect(allowedIssuingLevels(4, "26-2026")).toEqual(["province"])
  })

  it("reserves 5 stars for the centre under every framework", () => {
    for (const framework of LEGAL_FRAMEWORKS) {
      expect(allowedIssuingLevels(5, framework)).toEqual(["central"])
    }
  })

  it("allows nobody to certify a star level that does not exist", () => {
    expect(allowedIssuingLevels(0, "148")).toEqual([])
    expect(allowedIssuingLevels(3.5, "148")).toEqual([])
  })
})

describe("isLegalFramework and isIssuingLevel", () => {
  it("recognise only the listed values", () => {
    expect(LEGAL_FRAMEWORKS.every(isLegalFramework)).toBe(true)
    expect(isLegalFramework("1489")).toBe(false)
    expect(ISSUING_LEVELS.every(isIssuingLevel)).toBe(true)
    expect(isIssuingLevel("commune")).toBe(false)
  })
})
