import { backendUrl, publishableKey, sdk } from "../medusa.server"
import { nullOn404 } from "./not-found.server"
import { backendFetch } from "../busy.server"

export type OrderInvoice = {
  lookup_code: string
  kind: "retail" | "company"
  relation: "original" | "replacement" | "adjustment"
  status: "pending" | "issued" | "replaced" | "adjusted"
  template: string
  series: string
  number: number | null
  total: number
  vat_total: number
  issued_at: string | null
}

/** GET /store/ocop/orders/:id/invoices: the order's invoices, or null when the order is unknown. */
export async function getOrderInvoices(orderId: string): Promise<OrderInvoice[] | null> {
  const found = await nullOn404(() =>
    sdk.client.fetch<{ invoices: OrderInvoice[] }>(`/store/ocop/orders/${encodeURIComponent(orderId)}/invoices`)
  )
  return found?.invoices ?? null
}

/** GET /store/ocop/invoices/:code: the printable invoice page as the backend renders it, or null. */
export async function getInvoicePage(code: string): Promise<string | null> {
  const res = await backendFetch(`${backendUrl}/store/ocop/invoices/${encodeURIComponent(code)}`, {
    headers: { "x-publishable-api-key": publishableKey ?? "" },
  })
  if (res.status === 404 || res.status === 400) return null
  if (!res.ok) throw new Error(`invoice page: backend answered ${res.status}`)
  return res.text()
}
