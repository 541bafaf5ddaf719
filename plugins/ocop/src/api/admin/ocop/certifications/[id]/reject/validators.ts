import { z } from "@medusajs/framework/zod"

/** The office rejects a submitted certificate; the producer sees the reason. */
export type AdminRejectCertificationType = z.infer<
  typeof AdminRejectCertification
>
export const AdminRejectCertification = z
  .object({ reason: z.string().trim().min(3).max(1000) })
  .strict()
