import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type Bar<V> = { value: V; label: string; count: number }

export type AdminOcopDashboard = {
  today: string
  products_total: number
  products_by_stars: (Bar<number> & { active: number; expired: number })[]
  products_by_province: Bar<string>[]
  products_by_sector: Bar<number>[]
  producers_by_type: Bar<string | null>[]
  expiring: {
    within_days: number
    certifications: {
      id: string
      stars: number
      valid_until: string
      days_left: number
      product: { id: string; title: string } | null
      producer: { id: string; name: string } | null
    }[]
  }
  sales_by_month: {
    month: string
    orders: number
    quantity: number
    revenue_vnd: number
  }[]
}

/** The programme figures from GET /admin/ocop/dashboard. */
export function useOcopDashboard() {
  return useQuery({
    queryKey: ["ocop", "dashboard"],
    queryFn: () =>
      sdk.client.fetch<{ dashboard: AdminOcopDashboard }>(
        "/admin/ocop/dashboard"
      ),
  })
}
