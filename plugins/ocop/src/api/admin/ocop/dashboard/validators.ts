import { z } from "@medusajs/framework/zod"

/** GET /admin/ocop/dashboard: the day the figures are as of (default today in Vietnam) and the expiry window. */
export type AdminGetOcopDashboardParamsType = z.infer<
  typeof AdminGetOcopDashboardParams
>
export const AdminGetOcopDashboardParams = z
  .object({
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        message: "today must be a date (YYYY-MM-DD)",
      })
      .refine((v) => !Number.isNaN(Date.parse(v)), {
        message: "today must be a date (YYYY-MM-DD)",
      })
      .optional(),
    within_days: z.coerce.number().int().min(1).max(366).default(90),
  })
  .strict()
