import { z } from "@medusajs/framework/zod"

/** A new producer login takes up its invitation or asks the office for an account. */
export type ProducerCreateAccountType = z.infer<typeof ProducerCreateAccount>
export const ProducerCreateAccount = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    // For a request: which producer this is (name, registration number…), for the office.
    request_note: z.string().trim().min(3).max(2000).optional(),
    // The token from the office's invitation link; without it an invited email only files a request.
    token: z
      .string()
      .trim()
      .min(16, "token: not an invitation token")
      .max(200, "token: not an invitation token")
      .regex(/^[A-Za-z0-9_-]+$/, "token: not an invitation token")
      .optional(),
  })
  .strict()
