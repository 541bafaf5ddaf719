import { z } from "zod"
import { isFormFile } from "~/lib/form-file"

export const REVIEW_MAX_PHOTOS = 3
const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]

/** A buyer's review as the form sends it; errors are message keys. */
export const StorefrontReview = z.object({
  rating: z.coerce
    .number({ message: "review.errorRating" })
    .int({ message: "review.errorRating" })
    .min(1, { message: "review.errorRating" })
    .max(5, { message: "review.errorRating" }),
  body: z
    .string({ message: "review.errorBody" })
    .trim()
    .min(1, { message: "review.errorBody" })
    .max(2000, { message: "review.errorBody" }),
  // An empty file input still sends one nameless, empty file: it is no photo.
  photos: z
    .array(z.custom<File>(isFormFile, { message: "review.errorPhotos" }))
    .transform((files) => files.filter((f) => f.size > 0))
    .refine((files) => files.length <= REVIEW_MAX_PHOTOS && files.every((f) => PHOTO_TYPES.includes(f.type)), {
      message: "review.errorPhotos",
    }),
})

export type ReviewErrors = Partial<Record<"rating" | "body" | "photos" | "form", string[]>>

/** The form's fields read from its FormData, validated: the value, or the errors by field. */
export function parseReview(formData: FormData) {
  const result = StorefrontReview.safeParse({
    rating: formData.get("rating") ?? undefined,
    body: formData.get("body") ?? undefined,
    photos: formData.getAll("photos").filter(isFormFile),
  })
  if (result.success) return { value: result.data, errors: null }
  return { value: null, errors: result.error.flatten().fieldErrors as ReviewErrors }
}
