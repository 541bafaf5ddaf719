import { z } from "zod"

export const StorefrontLogin = z.object({
  email: z.string({ required_error: "errors.email" }).trim().email("errors.email"),
  password: z.string({ required_error: "errors.required" }).min(1, "errors.required"),
  redirectTo: z.string().optional(),
})

export const StorefrontRegister = z
  .object({
    fullName: z.string({ required_error: "errors.fullName" }).trim().min(2, "errors.fullName").max(100, "errors.tooLong"),
    email: z.string({ required_error: "errors.email" }).trim().email("errors.email").max(200, "errors.tooLong"),
    password: z.string({ required_error: "errors.password" }).min(8, "errors.password").max(200, "errors.tooLong"),
    confirmPassword: z.string({ required_error: "errors.passwordMismatch" }),
    redirectTo: z.string().optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "errors.passwordMismatch", path: ["confirmPassword"] })
