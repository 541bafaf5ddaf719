import { z } from "@medusajs/framework/zod"

export type AdminGetInvoicesParamsType = z.infer<typeof AdminGetInvoicesParams>
/** The office's invoice list: by status (failed ones first to look at) or by order. */
export const AdminGetInvoicesParams = z
  .object({
    status: z.enum(["pending", "issuing", "failed", "issued", "replaced", "adjusted"]).optional(),
    order_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminReplaceInvoiceType = z.infer<typeof AdminReplaceInvoice>
/** Why the issued invoice is replaced (a return, a wrong buyer…): printed on the replacement. */
export const AdminReplaceInvoice = z
  .object({
    reason: z.string().trim().min(3, "reason: say why the invoice is replaced").max(500),
  })
  .strict()

export const AdminReissueInvoice = z.object({}).strict()
