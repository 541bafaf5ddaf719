import { z } from "@medusajs/framework/zod"

export type HookCassoWebhookType = z.infer<typeof HookCassoWebhook>
/**
 * Casso's webhook v2 body (developer.casso.vn, "Xử lý sự kiện Webhook"): `error` and one
 * transaction in `data`; money out has a negative amount. Not strict: Casso adds fields,
 * and the signature already covers every field it sent.
 */
export const HookCassoWebhook = z
  .object({
    error: z.number().int(),
    data: z
      .object({
        id: z.union([z.number().int(), z.string().trim().min(1).max(100)]),
        amount: z.number().int("data.amount: whole đồng, without decimals"),
        description: z.string().max(1000).nullish(),
        reference: z.string().max(200).nullish(),
      })
      .passthrough(),
  })
  .passthrough()
