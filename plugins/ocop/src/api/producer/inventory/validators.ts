import { z } from "@medusajs/framework/zod"

/**
 * A producer's declaration for one pack: the new count it can ship (`quantity`), or a
 * signed change of it (`change`), exactly one, always with a reason.
 */
export type ProducerRecordStockType = z.infer<typeof ProducerRecordStock>
export const ProducerRecordStock = z
  .object({
    variant_id: z.string().trim().min(1).max(100),
    quantity: z.number().int().min(0).max(1_000_000).optional(),
    change: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, "must not be zero")
      .optional(),
    reason: z.string().trim().min(3).max(300),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.quantity === undefined) === (body.change === undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["quantity"],
        message: "give either the new quantity or a change, not both",
      })
    }
  })
