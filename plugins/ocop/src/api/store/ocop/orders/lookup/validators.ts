import { z } from "@medusajs/framework/zod"

export type StoreLookupOcopOrderType = z.infer<typeof StoreLookupOcopOrder>
/** The order number on the confirmation and in the e-mail, and the phone or e-mail given with the order. */
export const StoreLookupOcopOrder = z
  .object({
    number: z.coerce.number().int().positive().max(2_147_483_647),
    contact: z.string().trim().min(3).max(200),
  })
  .strict()
