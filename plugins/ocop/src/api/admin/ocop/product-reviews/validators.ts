import { z } from "@medusajs/framework/zod"

export type AdminGetProductReviewsParamsType = z.infer<
  typeof AdminGetProductReviewsParams
>
export const AdminGetProductReviewsParams = z
  .object({
    status: z.enum(["published", "hidden"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export type AdminHideProductReviewType = z.infer<typeof AdminHideProductReview>
export const AdminHideProductReview = z
  .object({
    // Shown to the producer: why its product's review is no longer public.
    reason: z
      .string({ message: "reason must be text" })
      .trim()
      .min(3, { message: "reason must say why the review is hidden" })
      .max(500, { message: "reason must be at most 500 characters" }),
  })
  .strict()

export const AdminShowProductReview = z.object({}).strict()
