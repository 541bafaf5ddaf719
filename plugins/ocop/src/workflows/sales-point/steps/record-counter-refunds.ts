import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import type SalesPointModuleService from "../../../modules/sales-point/service"
import type { CounterReturnRefund } from "./prepare-counter-return"

export const recordCounterRefundsStepId = "ocop-record-counter-refunds"
/** Writes a return's refunds, each by the method of the payment it gives back; compensation deletes them. */
export const recordCounterRefundsStep = createStep(
  recordCounterRefundsStepId,
  async (
    input: {
      sales_point_id: string
      order_id: string
      shift_id: string | null
      staff_id: string | null
      refunds: CounterReturnRefund[]
    },
    { container }
  ) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const created = await ocop.createSalesPointPayments(
      input.refunds.map((r) => ({
        sales_point_id: input.sales_point_id,
        shift_id: input.shift_id,
        order_id: input.order_id,
        kind: "refund" as const,
        method: r.method,
        amount: r.amount,
        refund_of: r.refund_of,
        status: "received" as const,
        staff_id: input.staff_id,
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
      .deleteSalesPointPayments(ids)
  }
)
