import type { Message } from "../../i18n"
import { plural } from "../plural"
import type { vi } from "./vi"

// Messages of the account pages (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "errors.invalidLogin": "Wrong email or password.",
  "errors.emailTaken": "This email already has an account. Please sign in.",
  "login.title": "Sign in",
  "login.noAccount": "No account yet?",
  "login.register": "Register",
  "register.title": "Create an account",
  "register.submit": "Create account",
  "register.haveAccount": "Already have an account?",
  "wishlist.title": "Wishlist",
  "wishlist.empty": "Nothing saved yet. Tap the heart on a product to keep it for later.",
  "wishlist.count": plural("product", "products"),
  "wishlist.unavailable": (p) => `${plural("saved product is", "saved products are")(p)} no longer on sale.`,
  "register.fullName": "Full name",
  "common.delete": "Delete",
  "account.noAddresses": "No addresses yet.",
  "account.addAddress": "Add an address",
  "account.addressSaved": "Address saved.",
  "account.deleteAddress": "Delete the address {address}",
  "account.hello": "Hello {name}",
  "account.orders": "Order history",
  "account.noOrders": "You have no orders yet.",
  "account.orderTotal": "Total",
  "account.orderItems": plural("item", "items"),
  "account.viewOrder": "View order #{number}",
}
