import { z } from "@medusajs/framework/zod"
import { MAX_RATE_BP } from "../../../../modules/settlement/rules/settlement-amounts"
import { PERIOD_PATTERN } from "../../../../modules/settlement/rules/settlement-period"
import { listParam } from "../../../shared/validators/list-param"

const period = z.string().regex(PERIOD_PATTERN, {
  message: "period: a month as YYYY-MM",
})

export type AdminGetSettlementsParamsType = z.infer<
  typeof AdminGetSettlementsParams
>
export const AdminGetSettlementsParams = z
  .object({
    period: period.optional(),
    producer_id: listParam(z.string()),
    status: listParam(z.enum(["draft", "paid"])),
    fields: z.string().optional(),
    order: z
      .enum(["period_start", "-period_start", "net_payable", "-net_payable"])
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGenerateSettlementsType = z.infer<
  typeof AdminGenerateSettlements
>
export const AdminGenerateSettlements = z
  .object({
    period,
    producer_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminUpdateSettlementType = z.infer<typeof AdminUpdateSettlement>
export const AdminUpdateSettlement = z
  .object({
    // Fees charged on to the producer (carrier, payment), whole đồng.
    fees: z.number().int().min(0).max(1_000_000_000_000),
  })
  .strict()

export type AdminMarkSettlementPaidType = z.infer<
  typeof AdminMarkSettlementPaid
>
export const AdminMarkSettlementPaid = z
  .object({
    // The bank's reference of the transfer (mã giao dịch), as the statement shows it.
    transfer_reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]{3,63}$/, {
        message:
          "transfer_reference: the bank transfer's reference, 4–64 letters, digits, spaces or . / _ -",
      }),
  })
  .strict()

export type AdminSetSettlementSettingsType = z.infer<
  typeof AdminSetSettlementSettings
>
export const AdminSetSettlementSettings = z
  .object({
    commission_rate_bp: z
      .number()
      .int({ message: "commission_rate_bp: whole basis points (500 = 5 %)" })
      .min(0, { message: "commission_rate_bp: may not be negative" })
      .max(MAX_RATE_BP, {
        message: "commission_rate_bp: at most 10000 (100 %)",
      }),
  })
  .strict()
