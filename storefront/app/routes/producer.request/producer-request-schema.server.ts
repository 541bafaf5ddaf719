import { z } from "zod"

// Field errors are message keys, translated where they are shown.
export const ProducerRequest = z.object({
  name: z.string({ required_error: "errors.fullName" }).trim().min(2, "errors.fullName").max(200, "errors.tooLong"),
  email: z.string({ required_error: "errors.email" }).trim().email("errors.email").max(200, "errors.tooLong"),
  password: z.string({ required_error: "errors.password" }).min(8, "errors.password").max(200, "errors.tooLong"),
  requestNote: z.string().trim().min(3, "producerPortal.errors.note").max(2000, "errors.tooLong").optional(),
  // The invitation link's token, carried in a hidden field to the API and nowhere else.
  token: z.string().trim().max(200, "errors.tooLong").optional(),
})
