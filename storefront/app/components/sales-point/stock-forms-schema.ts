import { z } from "zod"

// Field errors are message keys, translated where they are shown (client and server alike).
const variant = z.string({ required_error: "staffConsole.error.variant" }).trim().min(1, "staffConsole.error.variant")
const quantity = z
  .number({ required_error: "staffConsole.error.quantity", invalid_type_error: "staffConsole.error.quantity" })
  .int("staffConsole.error.quantity")
  .positive("staffConsole.error.quantity")
  .max(100_000, "staffConsole.error.quantity")
const note = z.string().trim().max(500, "errors.tooLong").optional()

export const StaffReceiveStock = z.object({
  variant_id: variant,
  quantity,
  producer_id: z.string().trim().optional(),
  note,
})

export const ADJUST_REASONS = ["count_correction", "damage", "expiry"] as const

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

export const COUNTER_PAYMENTS = ["cash", "card_at_counter"] as const
