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

/** VAT rates an OCOP sale can carry, in percent; null: not subject to VAT (KCT). */
const VAT_RATES = [0, 5, 8, 10]

const AdminAdjustmentLine = z
  .object({
    title: z.string().trim().min(1, "title: each line needs a title").max(300),
    quantity: z.number().int().min(1).max(100_000),
    // Đồng per unit, VAT included, as prices are shown: the VAT is taken out as on any invoice.
    unit_price: z.number().int().min(1).max(10_000_000_000),
    vat_rate: z
      .number()
      .int()
      .refine((rate) => VAT_RATES.includes(rate), {
        message: "vat_rate: expected 0, 5, 8 or 10 (percent), or null for goods not subject to VAT",
      })
      .nullable(),
  })
  .strict()

export type AdminAdjustInvoiceType = z.infer<typeof AdminAdjustInvoice>
/**
 * An adjustment invoice (hóa đơn điều chỉnh) for an issued invoice: after a partial
 * return (`source: "return"`, drawn from the order as it now stands), or for a
 * correction the office types (`source: "correction"`: a direction and the lines it changes).
 */
export const AdminAdjustInvoice = z
  .object({
    reason: z.string().trim().min(3, "reason: say why the invoice is adjusted").max(500),
    source: z.enum(["return", "correction"]),
    direction: z.enum(["increase", "decrease"]).optional(),
    lines: z.array(AdminAdjustmentLine).max(50).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.source === "correction") {
      if (!body.direction) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["direction"], message: "direction: a correction is an increase or a decrease" })
      }
      if (!body.lines?.length) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["lines"], message: "lines: a correction lists at least one line it changes" })
      }
    } else if (body.lines || body.direction) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [body.lines ? "lines" : "direction"],
        message: `${body.lines ? "lines" : "direction"}: an adjustment after a return is drawn from the order; send neither lines nor direction`,
      })
    }
  })
