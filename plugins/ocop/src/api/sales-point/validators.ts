import { z } from "@medusajs/framework/zod"
import { STOCK_ADJUSTMENT_REASONS } from "../../workflows/sales-point/record-sales-point-stock"
import { SALES_POINT_STOCK_SORTS } from "../../queries/sales-points"
import { COUNTER_PAYMENT_METHODS } from "../../modules/sales-point/rules/counter-payments"
import { SINGLE_PAYMENT_METHODS } from "../../workflows/sales-point/steps/prepare-counter-sale"

const quantity = z.number().int().positive().max(100_000)
const note = z.string().trim().max(500).nullish()
const id = z.string().trim().min(1)

// A calendar day in Vietnam, YYYY-MM-DD; the message names the field it is used for.
const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${field}: expected YYYY-MM-DD` })
    .refine(
      (d) => {
        const utc = new Date(`${d}T00:00:00Z`)
        return !Number.isNaN(utc.getTime()) && utc.toISOString().startsWith(d)
      },
      { message: `${field}: not a calendar day` }
    )

// A lot code as printed on a label: letters, digits and . - / _ (no spaces inside).
const lotCode = z
  .string()
  .trim()
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}./_-]*$/u, {
    message: "lot_code: letters, digits and . / _ - only",
  })

export type SalesPointReceiveStockType = z.infer<typeof SalesPointReceiveStock>
export const SalesPointReceiveStock = z
  .object({
    variant_id: id,
    quantity,
    producer_id: id.nullish(),
    // Required for food sets (checked against the product's set in the workflow).
    lot_code: lotCode.nullish(),
    expires_on: day("expires_on").nullish(),
    produced_on: day("produced_on").nullish(),
    note,
  })
  .strict()

export type SalesPointAdjustStockType = z.infer<typeof SalesPointAdjustStock>
export const SalesPointAdjustStock = z
  .object({
    variant_id: id,
    adjustment: z
      .number()
      .int()
      .min(-100_000)
      .max(100_000)
      .refine((n) => n !== 0, { message: "adjustment: must not be zero" }),
    reason: z.enum(STOCK_ADJUSTMENT_REASONS),
    lot_id: id.max(100).nullish(),
    note,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.reason !== "count_correction" && body.adjustment > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["adjustment"],
        message: `adjustment: ${body.reason} can only remove stock (a negative number)`,
      })
    }
  })

export type SalesPointSendTransferType = z.infer<typeof SalesPointSendTransfer>
export const SalesPointSendTransfer = z
  .object({ to_sales_point_id: id, variant_id: id, quantity, note })
  .strict()

export const SalesPointReceiveTransfer = z.object({}).strict()

// Whole đồng; a single counter sale stays far below this.
const dong = z.number().int().max(2_000_000_000)

const counterPayment = z
  .object({
    method: z.enum(COUNTER_PAYMENT_METHODS),
    amount: dong.positive(),
    // Cash: what the customer handed over.
    tendered: dong.nonnegative().nullish(),
    // Card: the terminal's approval code.
    reference: z.string().trim().max(40).nullish(),
    // VietQR: the code shown for this part, and the staff member's word that it arrived.
    vietqr_id: id.max(100).nullish(),
    confirmed: z.boolean().nullish(),
  })
  .strict()

export type SalesPointCounterSaleType = z.infer<typeof SalesPointCounterSale>
export const SalesPointCounterSale = z
  .object({
    items: z
      .array(z.object({ variant_id: id, quantity }).strict())
      .min(1)
      .max(100),
    // One method for the whole total (cash exact, or card)…
    payment_method: z.enum(SINGLE_PAYMENT_METHODS).optional(),
    // …or the parts, which must add up to the total (split, cash with change, VietQR).
    payments: z.array(counterPayment).min(1).max(5).optional(),
    email: z.string().trim().email().nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.payment_method === !body.payments) {
      ctx.addIssue({
        code: "custom",
        path: ["payments"],
        message:
          "payments: give either payment_method or payments, not both nor neither",
      })
    }
  })

export type SalesPointCreateVietQrType = z.infer<typeof SalesPointCreateVietQr>
export const SalesPointCreateVietQr = z
  .object({ amount: dong.positive() })
  .strict()

const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export type SalesPointGetStockParamsType = z.infer<
  typeof SalesPointGetStockParams
>
export const SalesPointGetStockParams = z
  .object({
    q: z.string().trim().max(200).optional(),
    low_only: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    category_set: z
      .string()
      .regex(/^(0[1-9]|1\d|2[0-6])$/, {
        message: "category_set: expected an OCOP criteria set, 01 to 26",
      })
      .optional(),
    producer_id: id.max(100).optional(),
    sort: z.enum(SALES_POINT_STOCK_SORTS).default("low"),
    ...paging,
  })
  .strict()

export type SalesPointGetVariantsParamsType = z.infer<
  typeof SalesPointGetVariantsParams
>
export const SalesPointGetVariantsParams = z
  .object({ q: z.string().trim().max(200).optional(), ...paging })
  .strict()

export type SalesPointGetMovementsParamsType = z.infer<
  typeof SalesPointGetMovementsParams
>
export const SalesPointGetMovementsParams = z
  .object({
    kind: z
      .enum([
        "receive",
        "adjust",
        "transfer_out",
        "transfer_in",
        "sale",
        "return",
      ])
      .optional(),
    reason: z.enum(STOCK_ADJUSTMENT_REASONS).optional(),
    variant_id: id.optional(),
    from: day("from").optional(),
    to: day("to").optional(),
    format: z.enum(["json", "csv"]).default("json"),
    ...paging,
  })
  .strict()

export type SalesPointGetTransfersParamsType = z.infer<
  typeof SalesPointGetTransfersParams
>
export const SalesPointGetTransfersParams = z
  .object({
    direction: z.enum(["incoming", "outgoing"]).optional(),
    status: z.enum(["in_transit", "received"]).optional(),
    ...paging,
  })
  .strict()

export type SalesPointGetSummaryParamsType = z.infer<
  typeof SalesPointGetSummaryParams
>
export const SalesPointGetSummaryParams = z
  .object({ date: day("date").optional() })
  .strict()

export const SalesPointNoParams = z.object({}).strict()

export type SalesPointGetLotsParamsType = z.infer<typeof SalesPointGetLotsParams>
export const SalesPointGetLotsParams = z
  .object({
    // "Sắp hết hạn": lots with units left expiring within this many days (and
    // those already expired); without it, every lot with units left.
    expiring_within: z.coerce.number().int().min(0).max(3650).optional(),
    variant_id: id.max(100).optional(),
    lot_code: z.string().trim().max(60).optional(),
    ...paging,
  })
  .strict()

export type SalesPointOpenShiftType = z.infer<typeof SalesPointOpenShift>
export const SalesPointOpenShift = z
  .object({ opening_float: dong.nonnegative(), note })
  .strict()

export type SalesPointCloseShiftType = z.infer<typeof SalesPointCloseShift>
export const SalesPointCloseShift = z
  .object({ counted_cash: dong.nonnegative(), note })
  .strict()

export type SalesPointGetShiftsParamsType = z.infer<
  typeof SalesPointGetShiftsParams
>
export const SalesPointGetShiftsParams = z
  .object({ status: z.enum(["open", "closed"]).optional(), ...paging })
  .strict()

export type SalesPointReturnLinesType = z.infer<typeof SalesPointReturnLines>
export const SalesPointReturnLines = z
  .object({
    items: z
      .array(z.object({ variant_id: id, quantity }).strict())
      .min(1)
      .max(100),
    note,
  })
  .strict()
