import { z } from "@medusajs/framework/zod"
import { PICTURE_KINDS } from "../../../shared/validators/file-kinds"
import { UploadedFileUrl } from "../../../shared/validators/url"

export const REVIEW_MAX_PHOTOS = 3

export type StoreCreateOcopReviewType = z.infer<typeof StoreCreateOcopReview>
export const StoreCreateOcopReview = z
  .object({
    order_id: z.string().trim().min(1).max(100),
    line_item_id: z.string().trim().min(1).max(100),
    rating: z
      .number({ message: "rating must be a whole number of stars from 1 to 5" })
      .int({ message: "rating must be a whole number of stars from 1 to 5" })
      .min(1, { message: "rating must be at least 1 star" })
      .max(5, { message: "rating must be at most 5 stars" }),
    body: z
      .string({ message: "body must be text" })
      .trim()
      .min(1, { message: "body must say something about the product" })
      .max(2000, { message: "body must be at most 2000 characters" }),
    photos: z
      .array(UploadedFileUrl("photos", PICTURE_KINDS))
      .max(REVIEW_MAX_PHOTOS, {
        message: `photos must be at most ${REVIEW_MAX_PHOTOS} pictures`,
      })
      .default([]),
  })
  .strict()
