import { z } from "@medusajs/framework/zod"
import { carrierPayload } from "../carriers/known-fields"

export type HookGhtkStatusType = z.infer<typeof HookGhtkStatus>
/**
 * GHTK's status callback (docs.giaohangtietkiem.vn "Webhook"): the fields we read;
 * GHTK's other fields (weight, fee, pick_money…) are allowed, see the GHN hook.
 */
export const HookGhtkStatus = carrierPayload({
  label_id: z.string().trim().min(1, "label_id: required"),
  partner_id: z
    .string()
    .trim()
    .min(1, "partner_id: required (our fulfilment id)"),
  status_id: z.coerce.number().int("status_id: expected GHTK's status number"),
  action_time: z
    .string()
    .refine(
      (t) => !Number.isNaN(Date.parse(t)),
      "action_time: expected a date and time"
    ),
  reason_code: z.union([z.string(), z.number()]).nullish(),
  reason: z.string().nullish(),
})
