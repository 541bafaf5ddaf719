import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Messages only some shop pages show (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "lookup.title": "Find your order",
  "lookup.intro": "Enter the order number (on the confirmation page and in the e-mail) with the phone number or e-mail you gave with the order. You can then see the order for 30 minutes, in any browser.",
  "lookup.number": "Order number",
  "lookup.numberHint": "Digits only, for example 1024.",
  "lookup.contact": "Phone number or e-mail",
  "lookup.contactHint": "The recipient's phone number or the e-mail given with the order.",
  "lookup.submit": "Find the order",
  "lookup.notFound": "No order has this number with this phone number or e-mail. Please check both.",
  "lookup.tooMany": "Too many lookups. Please try again in 15 minutes.",
  "errors.orderNumber": "The order number is digits only, for example 1024.",
  "errors.orderContact": "Enter the phone number (at least 9 digits) or the e-mail given with the order.",
}
