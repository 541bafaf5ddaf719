import { z } from "@medusajs/framework/zod"

export type StoreGetSalesPointsParamsType = z.infer<
  typeof StoreGetSalesPointsParams
>
export const StoreGetSalesPointsParams = z
  .object({
    province_code: z
      .string()
      .regex(/^\d{2}$/, { message: "province_code: a 2-digit province code" })
      .optional(),
    // Only the points where this product can be bought now, with its availability.
    product_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
