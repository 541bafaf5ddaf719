import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type ByMethod = { cash: number; card_at_counter: number; vietqr: number }

export type AdminSalesPointShift = {
  id: string
  sales_point_id: string
  sales_point_name: string | null
  status: "open" | "closed"
  opened_at: string
  closed_at: string | null
  opened_by_name: string | null
  closed_by_name: string | null
  opening_float: number
  orders: number
  sales: ByMethod
  refunds: ByMethod
  sales_total: number
  refunds_total: number
  expected_cash: number
  counted_cash: number | null
  difference: number | null
}

/** Every sales point's shifts (GET /admin/ocop/sales-point-shifts), newest first. */
export function useSalesPointShifts(filters: { status?: string; offset: number }) {
  return useQuery({
    queryKey: ["ocop-sales-point-shifts", filters],
    queryFn: () =>
      sdk.client.fetch<{ shifts: AdminSalesPointShift[]; count: number }>(
        "/admin/ocop/sales-point-shifts",
        { query: { ...filters, status: filters.status || undefined, limit: 50 } }
      ),
  })
}
