import { z } from "@medusajs/framework/zod"

export type HookZaloPayCallbackType = z.infer<typeof HookZaloPayCallback>
/** ZaloPay's callback: the transaction as a JSON string, its mac (key2), and the type. */
export const HookZaloPayCallback = z
  .object({
    data: z.string().min(2).max(10_000),
    mac: z.string().max(128),
    type: z.number().int().optional(),
  })
  .strict()
