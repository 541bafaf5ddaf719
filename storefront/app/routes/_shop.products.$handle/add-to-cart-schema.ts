import { z } from "zod"

/**
 * What the buy box posts. Checked by the action only: in the browser the inputs'
 * own constraints (required, 1–99) stop a wrong quantity, so the product page
 * ships no validation library (the JavaScript budget, issue 18).
 */
export const StorefrontAddToCart = z.object({
  variantId: z.string({ required_error: "errors.variant" }).min(1, "errors.variant"),
  quantity: z
    .number({ required_error: "errors.quantity", invalid_type_error: "errors.quantity" })
    .int("errors.quantity")
    .min(1, "errors.quantity")
    .max(99, "errors.quantity"),
})
