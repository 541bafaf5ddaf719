import { z } from "@medusajs/framework/zod"

const REQUIRED: [string, RegExp, string][] = [
  ["vnp_TxnRef", /^[A-Za-z0-9_-]{1,100}$/, "vnp_TxnRef: expected the order reference"],
  ["vnp_Amount", /^\d{1,18}$/, "vnp_Amount: expected digits (đồng ×100)"],
  ["vnp_SecureHash", /^[0-9a-fA-F]{128}$/, "vnp_SecureHash: expected an HMAC-SHA512 in hex"],
]

export type HookVnpayIpnType = z.infer<typeof HookVnpayIpn>
/**
 * VNPay's IPN query: every field is signed, including ones VNPay adds over time
 * (vnp_BankTranNo, vnp_CardType…), so the query is a record of strings (Medusa's
 * validator refuses unknown keys on an object) with the fields we need checked.
 */
export const HookVnpayIpn = z
  .record(z.string(), z.string().max(2000))
  .superRefine((query, ctx) => {
    for (const [field, pattern, message] of REQUIRED) {
      if (!pattern.test(query[field] ?? "")) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message })
      }
    }
  })
