import { z } from "@medusajs/framework/zod"

export type ProducerGetReviewsParamsType = z.infer<typeof ProducerGetReviewsParams>
export const ProducerGetReviewsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export type ProducerReplyToReviewType = z.infer<typeof ProducerReplyToReview>
export const ProducerReplyToReview = z
  .object({
    // Empty withdraws the reply.
    reply: z
      .string({ message: "reply must be text" })
      .trim()
      .max(1000, { message: "reply must be at most 1000 characters" }),
  })
  .strict()
