import { z } from "@medusajs/framework/zod"
import { carrierPayload } from "../carriers/known-fields"

export type HookGhnStatusType = z.infer<typeof HookGhnStatus>
/**
 * GHN's status callback (api.ghn.vn "Webhook"): the fields we read. GHN sends many
 * more (fees, weights, warehouse), and may add some: the others are
 * dropped before validation (unlike our own APIs), so a new GHN field does not
 * bounce every callback.
 */
export const HookGhnStatus = carrierPayload({
  OrderCode: z.string().trim().min(1, "OrderCode: required"),
  ClientOrderCode: z
    .string()
    .trim()
    .min(1, "ClientOrderCode: required (our fulfilment id)"),
  Status: z.string().trim().min(1, "Status: required"),
  Type: z.string().optional(),
  Time: z
    .string()
    .refine(
      (t) => !Number.isNaN(Date.parse(t)),
      "Time: expected a date and time"
    ),
  Reason: z.string().nullish(),
  Description: z.string().nullish(),
})
