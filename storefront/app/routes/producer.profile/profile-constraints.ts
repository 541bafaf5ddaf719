import type { Constraint } from "~/lib/form"

// The browser's half of producer-profile-schema.server.ts and
// producer-bank-account-schema.server.ts: native constraints, each with the message key
// the schema gives the same field, and the choices the forms show. The schemas stay
// the judges; the API checks again and its 400 names the field.

export const PRODUCER_TYPES = ["household_business", "cooperative", "cooperative_group", "enterprise"] as const

const upTo = (maxLength: number): Constraint => ({ maxLength, message: "errors.tooLong" })

export const ProducerProfileConstraint = {
  name: { required: true, maxLength: 300, message: "producerPortal.errors.name" },
  registration_number: upTo(50),
  phone: { pattern: "\\+?[0-9 .\\(\\)\\-]{8,20}", message: "errors.phone" },
  address: upTo(500),
  story: upTo(5000),
} satisfies Record<string, Constraint>

export const ProducerBankAccountConstraint = {
  bank_bin: { required: true, message: "producerPortal.bank.errors.bank" },
  // 6–19 letters or digits, written in groups or not ("0071 0001 23456"): the schema drops the separators.
  account_number: { required: true, pattern: "[\\s.\\-]*([A-Za-z0-9][\\s.\\-]*){6,19}", message: "producerPortal.bank.errors.accountNumber" },
  // Trimmed, then 2–70 letters, spaces, dots, apostrophes and hyphens.
  account_name: { required: true, minLength: 2, pattern: "\\s*[\\p{L} .'\\-]{2,70}\\s*", message: "producerPortal.bank.errors.accountName" },
} satisfies Record<string, Constraint>
