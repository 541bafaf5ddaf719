import type { Constraint } from "~/lib/form"

// The browser's half of CertificateSubmit (listing-schema.server.ts): native constraints,
// each with the message key the schema gives the same field. The schema stays the judge:
// the scan's type and the API's rules across fields (stars and score, the level, the
// dates) come back from the action.

const day: Constraint = { message: "producerPortal.errors.date" }
const upTo = (maxLength: number): Constraint => ({ maxLength, message: "errors.tooLong" })

export const CertificateSubmitConstraint = {
  decision_number: { required: true, maxLength: 100, message: "producerPortal.errors.decisionNumber" },
  decision_date: { ...day, required: true },
  stars: { required: true, message: "producerPortal.errors.stars" },
  score: { required: true, min: 0, max: 100, message: "producerPortal.errors.score" },
  issuing_level: { required: true, message: "producerPortal.errors.level" },
  issuing_body: upTo(200),
  valid_from: day,
  valid_until: day,
  certificate_number: upTo(100),
  category_set: { required: true, message: "producerPortal.errors.category" },
  origin_province_code: { required: true, message: "errors.province" },
  scan: { required: true, message: "producerPortal.errors.scanRequired" },
} satisfies Record<string, Constraint>
