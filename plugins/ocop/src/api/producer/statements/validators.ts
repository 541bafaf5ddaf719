import { z } from "@medusajs/framework/zod"
import { PERIOD_PATTERN } from "../../../modules/settlement/rules/settlement-period"

export type ProducerGetStatementsParamsType = z.infer<
  typeof ProducerGetStatementsParams
>
export const ProducerGetStatementsParams = z
  .object({
    // From this month on ("YYYY-MM"); all months otherwise.
    since: z
      .string()
      .regex(PERIOD_PATTERN, { message: "since: a month as YYYY-MM" })
      .optional(),
    limit: z.coerce.number().int().min(1).max(120).default(24),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
