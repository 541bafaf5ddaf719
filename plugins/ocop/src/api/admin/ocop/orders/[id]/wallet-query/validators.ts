import { z } from "@medusajs/framework/zod"

export type AdminQueryWalletPaymentType = z.infer<typeof AdminQueryWalletPayment>
/** The office asks the wallet about the order's payment; nothing to choose. */
export const AdminQueryWalletPayment = z.object({}).strict()
