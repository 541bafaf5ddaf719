import { z } from "@medusajs/framework/zod"

export type HookReconcileVietQrTransferType = z.infer<
  typeof HookReconcileVietQrTransfer
>
/** One credit line of the shop's bank statement, as the statement integration read it. */
export const HookReconcileVietQrTransfer = z
  .object({
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(
        /^OCOP[A-Z0-9]{1,21}$/,
        "reference: expected the order's transfer memo, OCOP followed by letters or digits"
      ),
    amount: z.number().int("amount: whole đồng, without decimals").positive(),
    transaction_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
