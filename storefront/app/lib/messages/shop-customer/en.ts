import type { Message } from "../../i18n"
import { plural } from "../plural"
import type { vi } from "./vi"

// What the checkout shares with the address book, cart and order pages (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "checkout.cod": "Cash on delivery",
  "checkout.fullName": "Full name",
  "checkout.phoneHint": "For example: 0912 345 678",
  "checkout.communeHint": "Listed by the administrative units in force since 1 July 2025 (there are no districts any more).",
  "checkout.street": "House number, street, hamlet",
  "checkout.streetHint": "For example: 12 Trần Hưng Đạo street, khóm 3",
  "payment.vietqr": "Bank transfer (VietQR)",
  "payment.card": "International card (Visa, Mastercard, JCB)",
  "payment.vnpay": "VNPay",
  "payment.momo": "MoMo wallet",
  "payment.zalopay": "ZaloPay",
  "payment.momoAtm": "Domestic ATM card (via MoMo)",
  "errors.street": "Please enter the house number, street or hamlet.",
  "errors.shipping": "Please choose a delivery method.",
  "errors.payment": "Please choose a payment method.",
  "experience.errors.leadName": "Please enter the lead visitor's full name.",
  "experience.date": "Date",
  "experience.guestCount": plural("guest", "guests"),
  "experience.childLine": "Child tickets",
  "experience.leadVisitor": "Lead visitor",
  "payment.codAtVenue": "Pay at the venue",
  "checkout.summary": "Your order",
  "cart.subtotal": "Subtotal",
  "cart.shipping": "Delivery",
}
