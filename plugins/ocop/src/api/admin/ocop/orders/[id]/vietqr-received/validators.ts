import { z } from "@medusajs/framework/zod"

export type AdminMarkVietQrReceivedType = z.infer<
  typeof AdminMarkVietQrReceived
>
/** The office confirms the full amount arrived; a partial transfer is the bank integration's to report. */
export const AdminMarkVietQrReceived = z.object({}).strict()
