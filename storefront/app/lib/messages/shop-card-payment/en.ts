import type { Message } from "../../i18n"
import type { vi } from "./vi"

// The card form's texts (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "payment.cardDetails": "Card details",
  "payment.cardNeedsJs": "Card payment needs JavaScript. You can still pay on delivery or by bank transfer.",
  "payment.payNow": "Pay {amount}",
  "payment.cardFailed": "The card was not charged: {reason}",
}
