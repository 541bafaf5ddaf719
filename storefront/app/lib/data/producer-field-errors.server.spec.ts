import { describe, expect, it } from "vitest"
import { fieldErrorsFromApi } from "./producer-field-errors.server"

const FIELDS = { stars: "stars", score: "score", issuing_level: "issuing_level", decision_date: "decision_date", certificate_scan_url: "scan" }

describe("fieldErrorsFromApi", () => {
  it("puts each part of the API's message next to the field it names", () => {
    const message =
      'issuing_level "district" cannot certify 5★ under 148+1489 (allowed: central); decision_date (2099-01-01) cannot be in the future (today is 2026-11-27)'
    expect(fieldErrorsFromApi(message, FIELDS)).toEqual({
      fieldErrors: {
        issuing_level: ['issuing_level "district" cannot certify 5★ under 148+1489 (allowed: central)'],
        decision_date: ["decision_date (2099-01-01) cannot be in the future (today is 2026-11-27)"],
      },
      formErrors: [],
    })
  })

  it("shows the API's scan error on the form's scan field, in our words when we have them", () => {
    const result = fieldErrorsFromApi("Invalid request: certificate_scan_url must be an image (JPEG, PNG, WebP) or a PDF", FIELDS, {
      scan: "producerPortal.apiError.scan",
    })
    expect(result.fieldErrors).toEqual({ scan: ["producerPortal.apiError.scan"] })
  })

  it("uses an explanation only when the API's words match it", () => {
    const explanations = { decision_date: [/future/, "producerPortal.apiError.decision_date"] as const }
    expect(fieldErrorsFromApi("decision_date (2099-01-01) cannot be in the future", FIELDS, explanations).fieldErrors).toEqual({
      decision_date: ["producerPortal.apiError.decision_date"],
    })
    expect(fieldErrorsFromApi("decision_date must be a date (YYYY-MM-DD)", FIELDS, explanations).fieldErrors).toEqual({
      decision_date: ["decision_date must be a date (YYYY-MM-DD)"],
    })
  })

  it("does not mistake a longer name for a field (stars_note is not stars) and keeps the rest as form errors", () => {
    expect(fieldErrorsFromApi("stars_note is not allowed", FIELDS)).toEqual({ fieldErrors: {}, formErrors: ["stars_note is not allowed"] })
  })
})
