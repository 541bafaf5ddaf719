import type { Constraint } from "./form"

// The browser's half of address-schema.server.ts: native constraints, each with the
// message key the schema gives the same field. The schema stays the judge.

const separators = "[\\s.\\-\\(\\)]*"
/** A Vietnamese phone as typed: 0 or +84, then 9–10 digits, spaces, dots, dashes, brackets allowed. */
export const PHONE_PATTERN = `${separators}(\\+84|0)(${separators}\\d){9,10}${separators}`

/** A phone field: required, as typed in Vietnam. */
export const phone: Constraint = { required: true, pattern: PHONE_PATTERN, message: "errors.phone" }

export const StorefrontAddressConstraint = {
  fullName: { required: true, minLength: 2, maxLength: 100, message: "errors.fullName" },
  phone,
  province: { required: true, message: "errors.province" },
  commune: { required: true, message: "errors.commune" },
  street: { required: true, minLength: 3, maxLength: 200, message: "errors.street" },
} satisfies Record<string, Constraint>
