import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_MODULE } from "../../../modules/sales-point"
import {
  type CounterPaymentInput,
  type SettledCounterPayment,
  settleCounterPayments,
} from "../../../modules/sales-point/rules/counter-payments"
import type SalesPointModuleService from "../../../modules/sales-point/service"

export type SettleCounterPaymentsInput = {
  sales_point_id: string
  total: number
  payments?: CounterPaymentInput[] | null
  // The one-method form of earlier clients: the whole total by cash or card.
  payment_method?: "cash" | "card_at_counter" | null
}

export type SettledCounterSalePayments = {
  payments: SettledCounterPayment[]
  change: number
  // One method's name, or "split".
  payment_method: string
  // The point's open shift, which the payments join (none open: null).
  shift_id: string | null
}

export const settleCounterPaymentsStepId = "ocop-settle-counter-payments"
/**
 * Checks a counter sale's payments against the server's total (400 naming the
 * field: a sum that does not match, cash short of its part, a VietQR code that is
 * not this point's, not for that amount, already used, or not yet seen arriving)
 * and finds the point's open shift. Writes nothing.
 */
export const settleCounterPaymentsStep = createStep(
  settleCounterPaymentsStepId,
  async (input: SettleCounterPaymentsInput, { container }) => {
    const ocop = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    const parts: CounterPaymentInput[] = input.payments?.length
      ? input.payments
      : [{ method: input.payment_method ?? "cash", amount: input.total }]
    const { payments, change } = settleCounterPayments(parts, input.total)

    const qrIds = payments.flatMap((p) => (p.vietqr_id ? [p.vietqr_id] : []))
    // The codes and the open shift at once: neither needs the other.
    const [codes, [shift]] = await Promise.all([
      qrIds.length
        ? ocop.listSalesPointPayments({ id: qrIds })
        : Promise.resolve(
            [] as Awaited<ReturnType<typeof ocop.listSalesPointPayments>>
          ),
      ocop.listSalesPointShifts(
        { sales_point_id: input.sales_point_id, status: "open" },
        { select: ["id"], take: 1 }
      ),
    ])
    payments.forEach((p, i) => {
      if (p.method !== "vietqr") return
      const field = `payments[${i}]`
      const code = codes.find((c) => c.id === p.vietqr_id)
      if (
        !code ||
        code.sales_point_id !== input.sales_point_id ||
        code.method !== "vietqr" ||
        code.kind !== "sale"
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}.vietqr_id: no VietQR code ${p.vietqr_id} at this sales point`
        )
      }
      if (code.order_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}.vietqr_id: this VietQR transfer already paid another sale`
        )
      }
      if (Number(code.amount) !== p.amount) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}.amount: the VietQR code asks for ${code.amount} đồng, not ${p.amount}`
        )
      }
      if (code.status !== "received" && !p.confirmed) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}.confirmed: the transfer of ${p.amount} đồng has not been seen yet; confirm it once it shows in the account`
        )
      }
    })
    const methods = [...new Set(payments.map((p) => p.method))]
    return new StepResponse<SettledCounterSalePayments>({
      payments,
      change,
      payment_method: methods.length === 1 ? methods[0] : "split",
      shift_id: shift?.id ?? null,
    })
  }
)
