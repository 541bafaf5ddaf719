import type { Constraint } from "~/lib/form"

// The browser's half of stock-forms-schema.server.ts: native constraints, each with the
// message key the schema gives the same field, and the choices the forms show. The schema
// stays the judge: the sign of an adjustment for its reason, and the API's rules
// (a food's lot and expiry date, the stock available), come back from the action.

export const ADJUST_REASONS = ["count_correction", "damage", "expiry"] as const
export const COUNTER_PAYMENTS = ["cash", "card_at_counter"] as const

const variant: Constraint = { required: true, message: "staffConsole.error.variant" }
const quantity: Constraint = { required: true, min: 1, max: 100_000, message: "staffConsole.error.quantity" }
const note: Constraint = { maxLength: 500, message: "errors.tooLong" }

export const StaffReceiveStockConstraint = {
  variant_id: variant,
  quantity,
  // As the schema: trimmed, then a letter or digit, then letters, digits and . / _ -
  lot_code: { maxLength: 60, pattern: "\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.\\/_\\-]*\\s*", message: "staffConsole.error.lotCode" },
  expires_on: { message: "staffConsole.error.expiresOn" },
  produced_on: { message: "staffConsole.error.producedOn" },
  note,
} satisfies Record<string, Constraint>

export const StaffAdjustStockConstraint = {
  variant_id: variant,
  adjustment: { required: true, min: -100_000, max: 100_000, message: "staffConsole.error.adjustment" },
  reason: { required: true, message: "errors.required" },
  note,
} satisfies Record<string, Constraint>

export const StaffSendTransferConstraint = {
  to_sales_point_id: { required: true, message: "staffConsole.error.destination" },
  variant_id: variant,
  quantity,
  note,
} satisfies Record<string, Constraint>
