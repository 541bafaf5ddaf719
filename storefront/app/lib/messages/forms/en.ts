import type { Message } from "../../i18n"
import type { vi } from "./vi"

// The forms' texts and errors (see vi.ts), in English.
export const en: Record<keyof typeof vi, Message> = {
  "checkout.email": "Email",
  "checkout.phone": "Phone number",
  "checkout.province": "Province or city",
  "checkout.commune": "Commune, ward or special zone",
  "checkout.chooseProvince": "Choose a province or city",
  "checkout.chooseProvinceFirst": "Choose a province or city first",
  "checkout.chooseCommune": "Choose a commune or ward",
  "checkout.loadCommunes": "Load communes",
  "errors.required": "Please fill this in.",
  "errors.email": "This email doesn't look right, e.g. name@example.com.",
  "errors.phone": "A Vietnamese phone number has 10–11 digits and starts with 0 (or +84).",
  "errors.fullName": "Please enter the recipient's full name.",
  "errors.tooLong": "This is too long.",
  "errors.province": "Please choose a province or city.",
  "errors.commune": "Please choose a commune or ward in the chosen province.",
  "errors.password": "The password needs at least 8 characters.",
  "errors.passwordMismatch": "The two passwords don't match.",
  "login.submit": "Sign in",
  "login.password": "Password",
  "register.passwordHint": "At least 8 characters.",
  "register.passwordConfirm": "Repeat the password",
}
