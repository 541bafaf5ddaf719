import type { Message } from "../../i18n"
import type { vi } from "./vi"

// The checkout's refusals (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "errors.carrierRefused": "This carrier cannot deliver to this address right now. Please choose another delivery method.",
  "errors.pointOutOfStock": "This sales point has just run out of an item in your cart. Please choose another pickup point or home delivery.",
  "errors.outOfStock": "An item in your cart has just sold out. Please review your cart.",
  "errors.pointShort": "This sales point no longer has enough: {items}. Please lower the quantity, choose another pickup point or home delivery.",
  "errors.short": "Not enough left: {items}. Please lower the quantity in your cart.",
  "errors.shortItem": "{title} ({available} left, you ordered {needed})",
  "errors.orderRefused": "The shop could not take this order. Please check your cart and try again.",
  "errors.generic": "Something went wrong, please try again.",
  "errors.companyName": "Enter the company's name.",
  "errors.taxCode": "A tax code has 10 digits, or 13 written 0123456789-001.",
  "errors.companyAddress": "Enter the company's address.",
  "payment.cardReturnFailed": "Your bank did not confirm the card payment. No order was placed; please try again or choose another method.",
}
