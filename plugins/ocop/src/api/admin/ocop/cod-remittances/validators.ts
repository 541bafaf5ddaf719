import { z } from "@medusajs/framework/zod"

export type AdminGetCodRemittancesParamsType = z.infer<typeof AdminGetCodRemittancesParams>
/** GET /admin/ocop/cod-remittances: by default the lines the office must look at. */
export const AdminGetCodRemittancesParams = z
  .object({
    carrier: z.enum(["ghn", "ghtk"]).optional(),
    outcome: z
      .preprocess(
        (v) => (typeof v === "string" ? v.split(",") : v),
        z.array(z.enum(["exact", "short", "over", "unknown", "duplicate"]))
      )
      .default(["short", "over", "unknown", "duplicate"]),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
