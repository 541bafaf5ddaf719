import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type SettlementStatement = {
  id: string
  producer_id: string
  producer?: { id: string; name: string; handle: string } | null
  period_start: string
  period_end: string
  status: "draft" | "paid"
  gross_online: number
  gross_counter: number
  refunds: number
  commission_rate_bp: number
  commission: number
  fees: number
  net_payable: number
  computed_at: string
  paid_at: string | null
  transfer_reference: string | null
  lines?: {
    id: string
    title: string
    channel: "online" | "counter"
    quantity: number
    amount: number
    refunds: number
  }[]
}

export type SettlementFilters = { period?: string; status?: string }

type ListResponse = {
  statements: SettlementStatement[]
  totals: Record<
    "gross_online" | "gross_counter" | "refunds" | "commission" | "fees" | "net_payable" | "unpaid",
    number
  >
  count: number
}

/** GET /admin/ocop/settlements with the page's filters. */
export function useSettlements(filters: SettlementFilters) {
  const query = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v)
  ) as Record<string, string>
  return useQuery({
    queryKey: ["ocop", "settlements", query],
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/ocop/settlements", {
        query: { ...query, limit: 200 },
      }),
  })
}

/** One statement with its lines and the producer's payout account. */
export function useSettlement(id: string) {
  return useQuery({
    queryKey: ["ocop", "settlement", id],
    queryFn: () =>
      sdk.client.fetch<{
        statement: SettlementStatement
        bank_account: {
          bank_bin: string
          bank_name: string
          account_number: string
          account_name: string
        } | null
      }>(`/admin/ocop/settlements/${id}`),
  })
}

/** The VietQR to pay a statement (an error when there is no account or nothing to pay). */
export function useSettlementVietQr(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["ocop", "settlement-vietqr", id],
    enabled,
    retry: false,
    queryFn: () =>
      sdk.client.fetch<{
        vietqr: { payload: string; purpose: string; amount: number; qr_svg: string }
      }>(`/admin/ocop/settlements/${id}/vietqr`),
  })
}

const useInvalidating = <T,>(fn: (body: T) => Promise<unknown>) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

export const useGenerateSettlements = () =>
  useInvalidating((body: { period: string }) =>
    sdk.client.fetch("/admin/ocop/settlements/generate", { method: "POST", body })
  )

export const useMarkSettlementPaid = (id: string) =>
  useInvalidating((body: { transfer_reference: string }) =>
    sdk.client.fetch(`/admin/ocop/settlements/${id}/paid`, { method: "POST", body })
  )

export const useUpdateSettlementFees = (id: string) =>
  useInvalidating((body: { fees: number }) =>
    sdk.client.fetch(`/admin/ocop/settlements/${id}`, { method: "POST", body })
  )

/** The office's commission rate in basis points. */
export function useSettlementSettings() {
  return useQuery({
    queryKey: ["ocop", "settlement-settings"],
    queryFn: () =>
      sdk.client.fetch<{ settings: { commission_rate_bp: number } }>(
        "/admin/ocop/settlement-settings"
      ),
  })
}

export const useSetCommissionRate = () =>
  useInvalidating((body: { commission_rate_bp: number }) =>
    sdk.client.fetch("/admin/ocop/settlement-settings", { method: "POST", body })
  )
