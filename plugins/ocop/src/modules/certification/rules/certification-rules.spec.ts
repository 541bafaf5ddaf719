import {
  certificationViolations,
  CertificationRuleInput,
} from "./certification-rules"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

// A 4★ certificate as An Giang issued them under 148; tests override one field.
const valid = (
  overrides: Partial<CertificationRuleInput> = {}
): CertificationRuleInput => ({
  stars: 4,
  score: 78.1,
  decision_date: day("2024-06-04"),
  valid_from: day("2024-06-04"),
  valid_until: day("2027-06-04"),
  issuing_level: "province",
  legal_framework: "148",
  category_set: "06",
  ...overrides,
})

const fields = (input: CertificationRuleInput) =>
  certificationViolations(input).map((v) => v.field)

describe("certificationViolations", () => {
  it("accepts a consistent certificate", () => {
    expect(certificationViolations(valid())).toEqual([])
  })

  it("accepts a certificate that gives only its star level", () => {
    expect(certificationViolations({ stars: 3 })).toEqual([])
  })

  describe("stars", () => {
    it("accepts every whole star level from 1 to 5", () => {
      for (const stars of [1, 2, 3, 4, 5]) {
        expect(fields({ stars })).toEqual([])
      }
    })

    it("rejects 0, 6 and fractions of a star", () => {
      for (const stars of [0, 6, 3.5]) {
        expect(certificationViolations({ stars })).toEqual([
          { field: "stars", message: expect.stringMatching(/^stars /) },
        ])
      }
    })
  })

  describe("score", () => {
    it("accepts 90 but rejects 89.99 for 5 stars", () => {
      expect(
        fields(valid({ stars: 5, score: 90, issuing_level: "central" }))
      ).toEqual([])
      expect(
        fields(valid({ stars: 5, score: 89.99, issuing_level: "central" }))
      ).toEqual(["score"])
    })

    it("accepts 70 but rejects 69.99 for 4 stars", () => {
      expect(fields(valid({ score: 70 }))).toEqual([])
      expect(fields(valid({ score: 69.99 }))).toEqual(["score"])
    })

    it("rejects a 4★ score of 90, which earns 5 stars", () => {
      expect(fields(valid({ score: 90 }))).toEqual(["score"])
    })

    it("names the band the score missed", () => {
      expect(
        certificationViolations(
          valid({ stars: 5, score: 60, issuing_level: "central" })
        )
      ).toEqual([
        { field: "score", message: "score 60 is outside the 5★ band (90–100)" },
      ])
    })

    it("accepts 0 and 100 but nothing outside the scorecard", () => {
      expect(fields({ stars: 1, score: 0 })).toEqual([])
      expect(fields({ stars: 5, score: 100 })).toEqual([])
      expect(certificationViolations({ stars: 5, score: 100.5 })).toEqual([
        {
          field: "score",
          message: "score must be between 0 and 100, got 100.5",
        },
      ])
      expect(fields({ stars: 1, score: -1 })).toEqual(["score"])
    })

    it("does not judge the band when the star level itself is wrong", () => {
      expect(fields({ stars: 6, score: 95 })).toEqual(["stars"])
    })
  })

  describe("valid_until", () => {
    it("accepts a certificate valid for one day", () => {
      expect(fields(valid({ valid_until: day("2024-06-05") }))).toEqual([])
    })

    it("rejects valid_until equal to valid_from", () => {
      expect(
        certificationViolations(valid({ valid_until: day("2024-06-04") }))
      ).toEqual([
        {
          field: "valid_until",
          message:
            "valid_until (2024-06-04) must be after valid_from (2024-06-04)",
        },
      ])
    })

    it("rejects valid_until before valid_from", () => {
      expect(fields(valid({ valid_until: day("2021-06-04") }))).toEqual([
        "valid_until",
      ])
    })

    it("rejects a date that is not a date", () => {
      expect(
        certificationViolations(valid({ valid_until: new Date("nope") }))
      ).toEqual([
        { field: "valid_until", message: "valid_until is not a valid date" },
      ])
    })
  })

  describe("valid_from", () => {
    it("accepts validity starting on the decision date or later", () => {
      expect(fields(valid())).toEqual([])
      expect(fields(valid({ valid_from: day("2024-07-01") }))).toEqual([])
    })

    it("rejects validity starting before the decision", () => {
      expect(
        certificationViolations(valid({ valid_from: day("2024-06-03") }))
      ).toEqual([
        {
          field: "valid_from",
          message:
            "valid_from (2024-06-03) cannot be before decision_date (2024-06-04)",
        },
      ])
    })
  })

  describe("category_set", () => {
    it("accepts the sets 01 to 26", () => {
      expect(fields(valid({ category_set: "01" }))).toEqual([])
      expect(fields(valid({ category_set: "26" }))).toEqual([])
    })

    it("rejects a set that does not exist or lacks its leading zero", () => {
      for (const category_set of ["27", "00", "6", "food"]) {
        expect(certificationViolations(valid({ category_set }))).toEqual([
          {
            field: "category_set",
            message: expect.stringContaining("category_set"),
          },
        ])
      }
    })
  })

  describe("issuing_level", () => {
    it("accepts a district certifying 3 stars under 148", () => {
      expect(
        fields(
          valid({
            stars: 3,
            score: 56.3,
            issuing_level: "district",
            legal_framework: "148",
          })
        )
      ).toEqual([])
    })

    it("rejects a district certifying 3 stars under 148+1489", () => {
      expect(
        certificationViolations({
          stars: 3,
          issuing_level: "district",
          legal_framework: "148+1489",
        })
      ).toEqual([
        {
          field: "issuing_level",
          message:
            'issuing_level "district" cannot certify 3★ under 148+1489 (allowed: province)',
        },
      ])
    })

    it("rejects a province certifying 5 stars", () => {
      expect(
        fields(valid({ stars: 5, score: 91.14, issuing_level: "province" }))
      ).toEqual(["issuing_level"])
    })

    it("derives the framework from the decision date when none is given", () => {
      const district3 = {
        stars: 3,
        issuing_level: "district" as const,
        legal_framework: null,
      }
      expect(
        fields({ ...district3, decision_date: day("2025-07-05") })
      ).toEqual([])
      expect(
        fields({ ...district3, decision_date: day("2025-07-06") })
      ).toEqual(["issuing_level"])
    })

    it("accepts either a district or the province for 3 stars under 1048", () => {
      const old = {
        stars: 3,
        decision_date: day("2022-10-10"),
        legal_framework: "1048" as const,
      }
      expect(fields({ ...old, issuing_level: "district" })).toEqual([])
      expect(fields({ ...old, issuing_level: "province" })).toEqual([])
    })

    it("cannot judge the level when neither framework nor decision date is known", () => {
      expect(fields({ stars: 3, issuing_level: "district" })).toEqual([])
    })
  })

  describe("legal_framework", () => {
    it("accepts the framework in force on the decision date", () => {
      expect(
        fields(
          valid({
            decision_date: day("2023-02-24"),
            valid_from: day("2023-02-24"),
          })
        )
      ).toEqual([])
    })

    it("rejects a framework that was not yet in force on the decision date", () => {
      const violations = certificationViolations(
        valid({
          decision_date: day("2023-02-23"),
          valid_from: day("2023-02-23"),
        })
      )
      expect(violations).toEqual([
        {
          field: "legal_framework",
          message:
            'legal_framework "148" (in force from 2023-02-24) does not match decision_date 2023-02-23, when "1048" applied',
        },
      ])
    })

    it("rejects any framework for a decision before national criteria existed", () => {
      expect(
        fields({
          stars: 3,
          legal_framework: "1048",
          decision_date: day("2019-08-20"),
        })
      ).toEqual(["legal_framework"])
    })

    it("rejects a value that is not a framework", () => {
      expect(
        fields({
          stars: 3,
          legal_framework:
            "1489" as unknown as CertificationRuleInput["legal_framework"],
        })
      ).toEqual(["legal_framework"])
    })
  })

  it("reports every broken rule at once, each naming its field", () => {
    const violations = certificationViolations({
      stars: 5,
      score: 60,
      decision_date: day("2025-08-01"),
      valid_from: day("2025-07-01"),
      valid_until: day("2025-07-01"),
      issuing_level: "district",
      legal_framework: "148",
      category_set: "99",
    })
    expect(violations.map((v) => v.field).sort()).toEqual([
      "category_set",
      "issuing_level",
      "legal_framework",
      "score",
      "valid_from",
      "valid_until",
    ])
    for (const { field, message } of violations) {
      expect(message).toContain(field)
    }
  })
})
