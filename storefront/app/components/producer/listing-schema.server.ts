import { z } from "zod"
import { isFormFile } from "~/lib/form-file"

// The action's rules: the browser ships no zod, its half is the native constraints with
// the same message keys (listing-constraints.ts, certificate-constraints.ts, and the edit
// page's own). Field errors are message keys, translated where they are shown.
const ACCEPTED = /\.(jpe?g|png|webp|pdf)$/i
const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"]

/** A picture or scan the producer API accepts: an image or a PDF, by type and name. */
export function isAcceptedFile(file: File): boolean {
  return ACCEPTED_TYPES.includes(file.type) && ACCEPTED.test(file.name)
}

const fileField = (required: string) => z.custom<File>(isFormFile, required)

const picture = fileField("producerPortal.apiError.pictures").refine(
  (f) => isAcceptedFile(f) && f.type.startsWith("image/"),
  "producerPortal.apiError.pictures"
)

/** Prices as people type them: "45000", "45.000" or "45 000 ₫" are all 45.000 đồng. */
export const vndInput = z
  .string({ required_error: "producerPortal.errors.price" })
  .transform((value) => value.replace(/[\s.,₫đ]/g, ""))
  .pipe(
    z.coerce
      .number({ invalid_type_error: "producerPortal.errors.price" })
      .int("producerPortal.errors.price")
      .min(1000, "producerPortal.errors.price")
      .max(1_000_000_000, "producerPortal.errors.price")
  )

const grams = z
  .number({ invalid_type_error: "producerPortal.errors.weight" })
  .int("producerPortal.errors.weight")
  .min(1, "producerPortal.errors.weight")
  .max(100_000, "producerPortal.errors.weight")

const title = z
  .string({ required_error: "producerPortal.errors.title" })
  .trim()
  .min(3, "producerPortal.errors.title")
  .max(200, "producerPortal.errors.title")
const description = z.string().trim().max(5000, "errors.tooLong").optional()
export const pictures = z.array(picture).max(12, "errors.tooLong").optional()

export const ListingCreate = z.object({
  title,
  description,
  category_set: z.string({ required_error: "producerPortal.errors.category" }).regex(/^\d{2}$/, "producerPortal.errors.category"),
  weight: grams.optional(),
  pictures,
  variants: z
    .array(
      z.object({
        title: z.string({ required_error: "producerPortal.errors.packName" }).trim().min(1, "producerPortal.errors.packName").max(100, "errors.tooLong"),
        sku: z.string().trim().max(100, "errors.tooLong").optional(),
        price_vnd: vndInput,
        weight: grams.optional(),
      })
    )
    .min(1, "producerPortal.errors.packName")
    .max(20, "errors.tooLong"),
})
export type ListingCreateType = z.infer<typeof ListingCreate>

export const ListingEdit = z.object({
  title,
  description,
  weight: grams.optional(),
  pictures,
  keepImages: z.array(z.string().url()).max(12, "errors.tooLong").optional(),
  // Each saved picture's URL and the position the producer gave it (1 = cover).
  pictureUrls: z.array(z.string().url()).max(12, "errors.tooLong").optional(),
  pictureOrder: z.array(z.number({ invalid_type_error: "producerPortal.errors.picturePosition" }).int("producerPortal.errors.picturePosition").min(1, "producerPortal.errors.picturePosition").max(12, "producerPortal.errors.picturePosition")).max(12, "errors.tooLong").optional(),
  prices: z.array(z.object({ variant_id: z.string().min(1), price_vnd: vndInput })).max(20, "errors.tooLong"),
})
export type ListingEditType = z.infer<typeof ListingEdit>

const day = z.string({ required_error: "producerPortal.errors.date" }).regex(/^\d{4}-\d{2}-\d{2}$/, "producerPortal.errors.date")

/** A certificate as the decision states it; the API checks the rules across fields (stars vs score, level, dates). */
export const CertificateSubmit = z.object({
  decision_number: z.string({ required_error: "producerPortal.errors.decisionNumber" }).trim().min(1, "producerPortal.errors.decisionNumber").max(100, "errors.tooLong"),
  decision_date: day,
  stars: z
    .number({ required_error: "producerPortal.errors.stars", invalid_type_error: "producerPortal.errors.stars" })
    .int("producerPortal.errors.stars")
    .min(1, "producerPortal.errors.stars")
    .max(5, "producerPortal.errors.stars"),
  score: z
    .number({ required_error: "producerPortal.errors.score", invalid_type_error: "producerPortal.errors.score" })
    .min(0, "producerPortal.errors.score")
    .max(100, "producerPortal.errors.score"),
  issuing_level: z.enum(["district", "province", "central"], { errorMap: () => ({ message: "producerPortal.errors.level" }) }),
  issuing_body: z.string().trim().max(200, "errors.tooLong").optional(),
  valid_from: day.optional(),
  valid_until: day.optional(),
  certificate_number: z.string().trim().max(100, "errors.tooLong").optional(),
  category_set: z.string({ required_error: "producerPortal.errors.category" }).regex(/^\d{2}$/, "producerPortal.errors.category"),
  origin_province_code: z.string({ required_error: "errors.province" }).regex(/^\d{2}$/, "errors.province"),
  scan: fileField("producerPortal.errors.scanRequired").refine(isAcceptedFile, "producerPortal.errors.fileType"),
})
export type CertificateSubmitType = z.infer<typeof CertificateSubmit>
