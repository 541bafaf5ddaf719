import { z } from "zod"

/** The guest order lookup: the number on the confirmation, and the phone or e-mail given with the order. */
export const StorefrontOrderLookup = z.object({
  number: z
    .string({ required_error: "errors.orderNumber" })
    .trim()
    .regex(/^#?\d{1,9}$/, "errors.orderNumber")
    .transform((v) => Number(v.replace("#", ""))),
  contact: z
    .string({ required_error: "errors.orderContact" })
    .trim()
    .min(3, "errors.orderContact")
    .max(200, "errors.tooLong")
    .refine((v) => v.includes("@") || v.replace(/\D/g, "").length >= 9, "errors.orderContact"),
})
