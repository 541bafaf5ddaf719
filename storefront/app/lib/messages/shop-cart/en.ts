import type { Message } from "../../i18n"
import type { vi } from "./vi"

// Messages of the cart page, in English.
export const en: Record<keyof typeof vi, Message> = {
  "cart.title": "Cart",
  "cart.empty": "Your cart is empty.",
  "cart.emptyHint": "Have a look at the OCOP specialities and add a few.",
  "cart.unitPrice": "Unit price",
  "cart.quantityOf": "Quantity of {title}",
  "cart.update": "Update",
  "cart.remove": "Remove",
  "cart.removeItem": "Remove {title} from the cart",
  "cart.shippingLater": "Calculated at checkout",
  "cart.checkout": "Check out",
  "cart.continue": "Continue shopping",
  "cart.updated": "Cart updated.",
  "promo.label": "Discount code",
  "promo.apply": "Apply",
  "promo.applied": "Discount code applied.",
  "promo.removed": "Discount code removed.",
  "promo.remove": "Remove code {code}",
  "promo.codes": "Codes in use",
  "promo.unknown": "The code “{code}” does not exist or has expired.",
  "promo.empty": "Enter a discount code.",
  "promo.discount": "Discount",
  "promo.freeShippingMore": "Add {amount} more for free delivery",
  "promo.freeShippingReached": "Your order ships free.",
}
