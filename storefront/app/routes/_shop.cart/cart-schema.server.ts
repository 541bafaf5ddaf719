import { z } from "zod"

// The cart's forms, checked by its action only: the browser gets no zod (the JavaScript
// budget, issue 18); the quantity input carries its own native constraints (1–99).
export const StorefrontUpdateCartLine = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("update"),
    lineId: z.string().min(1),
    quantity: z
      .number({ required_error: "errors.quantity", invalid_type_error: "errors.quantity" })
      .int("errors.quantity")
      .min(1, "errors.quantity")
      .max(99, "errors.quantity"),
  }),
  z.object({ intent: z.literal("remove"), lineId: z.string().min(1) }),
])

// Codes are upper case in this shop: "ocop10" typed on a phone is OCOP10.
const PromoCode = z
  .string({ required_error: "promo.empty" })
  .trim()
  .min(1, "promo.empty")
  .max(50, "promo.empty")
  .transform((code) => code.toUpperCase())

export const StorefrontCartPromo = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("promo-apply"), code: PromoCode }),
  z.object({ intent: z.literal("promo-remove"), code: PromoCode }),
])
