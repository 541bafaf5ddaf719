import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminInvoice = {
  id: string
  order_id: string
  display_id: number | null
  channel: "online" | "counter"
  kind: "retail" | "company"
  relation: "original" | "replacement" | "adjustment"
  status: "pending" | "issuing" | "failed" | "issued" | "replaced" | "adjusted"
  provider: string
  template: string
  series: string
  number: number | null
  lookup_code: string
  buyer_name: string | null
  buyer_tax_code: string | null
  total: number
  vat_total: number
  attempts: number
  last_error: string | null
  last_attempt_at: string | null
  issued_at: string | null
  created_at: string
}

/** GET /admin/ocop/invoices, optionally one status. */
export function useInvoices(status: string) {
  return useQuery({
    queryKey: ["ocop", "invoices", status],
    queryFn: () =>
      sdk.client.fetch<{ invoices: AdminInvoice[]; count: number }>("/admin/ocop/invoices", {
        query: { ...(status ? { status } : {}), limit: 200 },
      }),
  })
}

/** POST /admin/ocop/invoices/:id/reissue: send a pending or failed invoice now. */
export function useReissueInvoice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ invoice: AdminInvoice }>(`/admin/ocop/invoices/${id}/reissue`, {
        method: "POST",
        body: {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "invoices"] }),
  })
}

/** POST /admin/ocop/invoices/:id/replace with the reason. */
export function useReplaceInvoice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<{ invoice: AdminInvoice }>(`/admin/ocop/invoices/${id}/replace`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "invoices"] }),
  })
}

export type AdminAdjustInvoiceBody =
  | { reason: string; source: "return" }
  | {
      reason: string
      source: "correction"
      direction: "increase" | "decrease"
      lines: { title: string; quantity: number; unit_price: number; vat_rate: number | null }[]
    }

/** POST /admin/ocop/invoices/:id/adjust: an adjustment invoice after a partial return or for a correction. */
export function useAdjustInvoice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AdminAdjustInvoiceBody }) =>
      sdk.client.fetch<{ invoice: AdminInvoice; adjusted: AdminInvoice }>(`/admin/ocop/invoices/${id}/adjust`, {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "invoices"] }),
  })
}
