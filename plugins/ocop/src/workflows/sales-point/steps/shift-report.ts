import { expectedShiftCash } from "../../../modules/sales-point/rules/counter-payments"
import type SalesPointModuleService from "../../../modules/sales-point/service"

const METHODS = ["cash", "card_at_counter", "vietqr"] as const

export type ShiftReport = {
  id: string
  sales_point_id: string
  status: "open" | "closed"
  opened_by: string
  opened_at: string
  closed_by: string | null
  closed_at: string | null
  opening_float: number
  orders: number
  sales: Record<(typeof METHODS)[number], number>
  refunds: Record<(typeof METHODS)[number], number>
  sales_total: number
  refunds_total: number
  // What the till should hold now (open) or held when it closed.
  expected_cash: number
  counted_cash: number | null
  difference: number | null
  note: string | null
}

/**
 * A shift's report from its payment rows: sales and refunds by method, the cash the
 * till should hold, and for a closed shift what was counted and the difference.
 */
export async function shiftReports(
  ocop: SalesPointModuleService,
  shifts: any[]
): Promise<ShiftReport[]> {
  if (!shifts.length) return []
  const payments = await ocop.listSalesPointPayments(
    { shift_id: shifts.map((s) => s.id), status: "received" },
    { select: ["shift_id", "order_id", "method", "kind", "amount", "status"] }
  )
  return shifts.map((shift) => {
    const mine = payments
      .filter((p) => p.shift_id === shift.id)
      .map((p) => ({ ...p, amount: Number(p.amount) }))
    const sum = (kind: string) =>
      Object.fromEntries(
        METHODS.map((m) => [
          m,
          mine
            .filter((p) => p.kind === kind && p.method === m)
            .reduce((s, p) => s + p.amount, 0),
        ])
      ) as Record<(typeof METHODS)[number], number>
    const sales = sum("sale")
    const refunds = sum("refund")
    return {
      id: shift.id,
      sales_point_id: shift.sales_point_id,
      status: shift.status,
      opened_by: shift.opened_by,
      opened_at: new Date(shift.created_at).toISOString(),
      closed_by: shift.closed_by,
      closed_at: shift.closed_at ? new Date(shift.closed_at).toISOString() : null,
      opening_float: Number(shift.opening_float),
      orders: new Set(
        mine.filter((p) => p.kind === "sale").map((p) => p.order_id)
      ).size,
      sales,
      refunds,
      sales_total: Object.values(sales).reduce((a, b) => a + b, 0),
      refunds_total: Object.values(refunds).reduce((a, b) => a + b, 0),
      expected_cash:
        shift.expected_cash ??
        expectedShiftCash(Number(shift.opening_float), mine),
      counted_cash: shift.counted_cash,
      difference: shift.difference,
      note: shift.note,
    }
  })
}
