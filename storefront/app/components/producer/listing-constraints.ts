import type { Constraint } from "~/lib/form"

// The browser's half of ListingCreate (listing-schema.server.ts): native constraints,
// each with the message key the schema gives the same field. A list's rows share one
// (`variants.title` holds for `variants[0].title`…). The schema stays the judge: a price
// as typed ("45.000 ₫"), a picture's type and the API's rules come back from the action.
// The edit page writes its own four out and the certificate's are in
// certificate-constraints.ts: a module two pages import is a chunk of its own.

const grams: Constraint = { min: 1, max: 100_000, message: "producerPortal.errors.weight" }

export const ListingCreateConstraint = {
  title: { required: true, minLength: 3, maxLength: 200, message: "producerPortal.errors.title" },
  description: { maxLength: 5000, message: "errors.tooLong" },
  category_set: { required: true, message: "producerPortal.errors.category" },
  weight: grams,
  "variants.title": { required: true, maxLength: 100, message: "producerPortal.errors.packName" },
  "variants.sku": { maxLength: 100, message: "errors.tooLong" },
  "variants.price_vnd": { required: true, message: "producerPortal.errors.price" },
  "variants.weight": grams,
} satisfies Record<string, Constraint>
