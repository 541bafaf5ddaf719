import { z } from "@medusajs/framework/zod"
import { normalizeTaxCode } from "../../../../../../modules/invoice/rules/tax-code"

export type StoreSetInvoiceRequestType = z.infer<typeof StoreSetInvoiceRequest>
/** A company invoice asked for at checkout: the company, its tax code, address and e-mail. */
export const StoreSetInvoiceRequest = z
  .object({
    company_name: z.string().trim().min(2, "company_name: the company's registered name").max(300),
    tax_code: z
      .string()
      .trim()
      .transform((v, ctx) => {
        const code = normalizeTaxCode(v)
        if (!code) {
          ctx.addIssue({
            code: "custom",
            message: "tax_code: a tax code (MST) has 10 digits, or 13 written 0123456789-001",
          })
          return z.NEVER
        }
        return code
      }),
    address: z.string().trim().min(5, "address: the company's registered address").max(500),
    email: z.string().trim().toLowerCase().email("email: an address to send the invoice to").max(254),
  })
  .strict()
