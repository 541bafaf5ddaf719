import { z } from "@medusajs/framework/zod"

export type HookMomoIpnType = z.infer<typeof HookMomoIpn>
/** MoMo's IPN body (payment gateway v2); the signature covers the fields named here. */
export const HookMomoIpn = z
  .object({
    partnerCode: z.string().max(50),
    orderId: z.string().min(1).max(50),
    requestId: z.string().max(50),
    amount: z.number().int("amount: whole đồng").nonnegative(),
    orderInfo: z.string().max(255),
    orderType: z.string().max(50),
    transId: z.number().int(),
    resultCode: z.number().int(),
    message: z.string().max(500),
    payType: z.string().max(50),
    responseTime: z.number().int(),
    extraData: z.string().max(1000),
    signature: z.string().regex(/^[0-9a-fA-F]{64}$/, "signature: expected an HMAC-SHA256 in hex"),
  })
  // MoMo may add fields (partnerUserId, promotionInfo…) that its signature does not
  // cover. Medusa's validator calls .strict() on a plain object schema; wrapped in a
  // transform it keeps them, as MoMo would retry an IPN refused for them forever.
  .passthrough()
  .transform((ipn) => ipn)
