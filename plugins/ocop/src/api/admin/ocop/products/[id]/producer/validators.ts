import { z } from "@medusajs/framework/zod"

export type AdminSetProductProducerType = z.infer<
  typeof AdminSetProductProducer
>
export const AdminSetProductProducer = z
  .object({ producer_id: z.string().min(1).max(100).nullable() })
  .strict()
