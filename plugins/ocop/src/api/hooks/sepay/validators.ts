import { z } from "@medusajs/framework/zod"

export type HookSepayTransactionType = z.infer<typeof HookSepayTransaction>
/**
 * SePay's webhook body (developer.sepay.vn, "Tích hợp webhook"): one bank transaction.
 * Every documented field is listed: Medusa's body validation refuses unknown top-level
 * fields even on a passthrough schema. Should SePay add one, its webhook log shows the
 * 400 and the office can mark the transfer received by hand until the field is added.
 */
export const HookSepayTransaction = z
  .object({
    id: z.union([z.number().int(), z.string().trim().min(1).max(100)]),
    transferType: z.enum(["in", "out"], {
      message: "transferType: expected in or out",
    }),
    transferAmount: z
      .number()
      .int("transferAmount: whole đồng, without decimals")
      .nonnegative(),
    content: z.string().max(1000).nullish(),
    code: z.string().max(100).nullish(),
    description: z.string().max(1000).nullish(),
    referenceCode: z.string().max(200).nullish(),
    gateway: z.string().max(100).nullish(),
    transactionDate: z.string().max(40).nullish(),
    accountNumber: z.string().max(40).nullish(),
    subAccount: z.string().max(40).nullish(),
    accumulated: z.number().nullish(),
  })
  .passthrough()
