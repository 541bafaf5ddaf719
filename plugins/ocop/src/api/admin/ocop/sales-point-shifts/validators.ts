import { z } from "@medusajs/framework/zod"

export type AdminGetSalesPointShiftsParamsType = z.infer<
  typeof AdminGetSalesPointShiftsParams
>
export const AdminGetSalesPointShiftsParams = z
  .object({
    sales_point_id: z.string().trim().min(1).max(100).optional(),
    status: z.enum(["open", "closed"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
