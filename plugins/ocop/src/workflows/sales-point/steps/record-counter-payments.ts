import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import type { SettledCounterSalePayments } from "./settle-counter-payments"

export const recordCounterPaymentsStepId = "ocop-record-counter-payments"
/**
 * Writes a counter sale's payments against its order and shift: cash and card rows
 * are created; a VietQR code made earlier joins the order as received (by the bank
 * if its statement matched first, else by the staff member). Compensation deletes
 * the rows it created and gives the VietQR codes back their previous state.
 */
export const recordCounterPaymentsStep = createStep(
  recordCounterPaymentsStepId,
  async (
    input: SettledCounterSalePayments & {
      sales_point_id: string
      order_id: string
      staff_id: string | null
    },
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const qr = input.payments.filter((p) => p.vietqr_id)
    const before = qr.length
      ? await ocop.listSalesPointPayments(
          { id: qr.map((p) => p.vietqr_id!) },
          { select: ["id", "status", "confirmed_by", "order_id", "shift_id"] }
        )
      : []
    const created = await ocop.createSalesPointPayments(
      input.payments
        .filter((p) => !p.vietqr_id)
        .map((p) => ({
          sales_point_id: input.sales_point_id,
          shift_id: input.shift_id,
          order_id: input.order_id,
          kind: "sale" as const,
          method: p.method,
          amount: p.amount,
          tendered: p.tendered,
          change: p.change,
          reference: p.reference ?? null,
          status: "received" as const,
          staff_id: input.staff_id,
        }))
    )
    if (before.length) {
      await ocop.updateSalesPointPayments(
        before.map((b) => ({
          id: b.id,
          order_id: input.order_id,
          shift_id: input.shift_id,
          status: "received" as const,
          confirmed_by: b.status === "received" ? b.confirmed_by : "staff",
        }))
      )
    }
    return new StepResponse(
      [...created, ...before.map((b) => ({ id: b.id }))],
      { created_ids: created.map((c) => c.id), before }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    if (undo.created_ids.length)
      await ocop.deleteSalesPointPayments(undo.created_ids)
    if (undo.before.length)
      await ocop.updateSalesPointPayments(undo.before as any)
  }
)
