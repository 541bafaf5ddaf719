import { z } from "zod"
import { ADJUST_REASONS } from "./stock-forms-constraints"

// The action's rules (the browser ships no zod: its half is stock-forms-constraints.ts,
// the native constraints with the same message keys). Field errors are message keys,
// translated where they are shown.
const variant = z.string({ required_error: "staffConsole.error.variant" }).trim().min(1, "staffConsole.error.variant")
const quantity = z
  .number({ required_error: "staffConsole.error.quantity", invalid_type_error: "staffConsole.error.quantity" })
  .int("staffConsole.error.quantity")
  .positive("staffConsole.error.quantity")
  .max(100_000, "staffConsole.error.quantity")
const note = z.string().trim().max(500, "errors.tooLong").optional()

// A date field (input type=date sends YYYY-MM-DD); whether it is required is the API's
// call, which knows the product's OCOP set (food needs a lot and its expiry date).
const labelDay = (message: "staffConsole.error.expiresOn" | "staffConsole.error.producedOn") =>
  z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, message).optional()

export const StaffReceiveStock = z.object({
  variant_id: variant,
  quantity,
  producer_id: z.string().trim().optional(),
  lot_code: z
    .string()
    .trim()
    .max(60, "staffConsole.error.lotCode")
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}./_-]*$/u, "staffConsole.error.lotCode")
    .optional(),
  expires_on: labelDay("staffConsole.error.expiresOn"),
  produced_on: labelDay("staffConsole.error.producedOn"),
  note,
})

export const StaffAdjustStock = z
  .object({
    variant_id: variant,
    adjustment: z
      .number({ required_error: "staffConsole.error.adjustment", invalid_type_error: "staffConsole.error.adjustment" })
      .int("staffConsole.error.adjustment")
      .min(-100_000, "staffConsole.error.adjustment")
      .max(100_000, "staffConsole.error.adjustment")
      .refine((n) => n !== 0, "staffConsole.error.adjustment"),
    reason: z.enum(ADJUST_REASONS, { required_error: "errors.required", invalid_type_error: "errors.required" }),
    note,
  })
  // The API says the same; checking here keeps the staff member's input on the page.
  .refine((v) => v.reason === "count_correction" || v.adjustment < 0, {
    message: "staffConsole.error.adjustmentSign",
    path: ["adjustment"],
  })

export const StaffSendTransfer = z.object({
  to_sales_point_id: z.string({ required_error: "staffConsole.error.destination" }).trim().min(1, "staffConsole.error.destination"),
  variant_id: variant,
  quantity,
  note,
})
