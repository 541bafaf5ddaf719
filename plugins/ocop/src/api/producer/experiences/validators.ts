import { z } from "@medusajs/framework/zod"

/** The host pages take no options. */
export const ProducerGetExperiencesParams = z.object({}).strict()

export const ProducerMarkBookingAttended = z.object({}).strict()

export type ProducerCancelExperienceDateType = z.infer<
  typeof ProducerCancelExperienceDate
>
export const ProducerCancelExperienceDate = z
  .object({
    reason: z
      .string({ message: "reason: why the date is cancelled, for the visitors" })
      .trim()
      .min(5, { message: "reason: at least 5 characters, for the visitors" })
      .max(500, { message: "reason: at most 500 characters" }),
  })
  .strict()
