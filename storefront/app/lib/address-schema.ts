import { z } from "zod"
import { normalizePhone } from "./format"

// Field errors are message keys, translated where they are shown (client and server alike).
export const addressShape = {
  fullName: z
    .string({ required_error: "errors.fullName" })
    .trim()
    .min(2, "errors.fullName")
    .max(100, "errors.tooLong"),
  phone: z
    .string({ required_error: "errors.phone" })
    .transform(normalizePhone)
    .pipe(z.string().regex(/^0\d{9,10}$/, "errors.phone")),
  province: z.string({ required_error: "errors.province" }).regex(/^\d{2}$/, "errors.province"),
  commune: z.string({ required_error: "errors.commune" }).regex(/^\d{5}$/, "errors.commune"),
  street: z
    .string({ required_error: "errors.street" })
    .trim()
    .min(3, "errors.street")
    .max(200, "errors.tooLong"),
}

/** An address in the two-tier system of 1 July 2025: province → commune, then street. */
export const StorefrontAddress = z.object(addressShape)
export type StorefrontAddressType = z.infer<typeof StorefrontAddress>

export const StorefrontCheckout = z.object({
  email: z
    .string({ required_error: "errors.email" })
    .trim()
    .email("errors.email")
    .max(200, "errors.tooLong"),
  ...addressShape,
  shippingOptionId: z.string({ required_error: "errors.shipping" }).min(1, "errors.shipping"),
  /** A payment provider id; the action checks it against the region's providers. */
  payment: z.string({ required_error: "errors.payment" }).regex(/^pp_[\w-]+$/, "errors.payment"),
  saveAddress: z.boolean().optional(),
})
export type StorefrontCheckoutType = z.infer<typeof StorefrontCheckout>
