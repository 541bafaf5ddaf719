import { z } from "@medusajs/framework/zod"

export type StoreOpenOcopOrderAccessType = z.infer<typeof StoreOpenOcopOrderAccess>
/** A pass from POST /store/ocop/orders/lookup. */
export const StoreOpenOcopOrderAccess = z
  .object({ token: z.string().min(10).max(1000) })
  .strict()
