import type { Constraint } from "./form"

// The browser's half of account-schema.server.ts: native constraints, each with the
// message key the schema gives the same field.
export const StorefrontLoginConstraint: Record<"email" | "password", Constraint> = {
  email: { required: true, maxLength: 200, message: "errors.email" },
  password: { required: true, message: "errors.required" },
}

export const StorefrontRegisterConstraint: Record<"fullName" | "email" | "password" | "confirmPassword", Constraint> = {
  fullName: { required: true, minLength: 2, maxLength: 100, message: "errors.fullName" },
  email: { required: true, maxLength: 200, message: "errors.email" },
  password: { required: true, minLength: 8, maxLength: 200, message: "errors.password" },
  confirmPassword: { required: true, message: "errors.passwordMismatch" },
}
