import { z } from "@medusajs/framework/zod"

export type GetOcopCommunesParamsType = z.infer<typeof GetOcopCommunesParams>
export const GetOcopCommunesParams = z
  .object({
    q: z.string().trim().max(100).optional(),
    province_code: z
      .string()
      .regex(/^\d{2}$/, {
        message: "province_code must be a two-digit province code",
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
