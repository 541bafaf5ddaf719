import type { Message } from "../../i18n"
import { plural } from "../plural"
import type { vi } from "./vi"

// Messages of the sign-in, registration and wishlist pages, in English.
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
}
