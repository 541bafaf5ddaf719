/** What a provider is asked to issue: the invoice as we drew it up. */
export type InvoiceToIssue = {
  id: string
  relation: "original" | "replacement" | "adjustment"
  /** The provider's reference of the invoice this one replaces or adjusts. */
  replaces?: { template: string; series: string; number: number | null; provider_ref: string | null } | null
  kind: "retail" | "company"
  template: string
  series: string
  buyer: { name: string | null; tax_code: string | null; address: string | null; email: string | null }
  lines: { title: string; quantity: number; unit_price: number; vat_rate: number | null; amount: number; vat_amount: number; total: number }[]
  subtotal: number
  vat_total: number
  total: number
  amount_in_words: string
  /** Why a replacement or adjustment is made (the office's words); providers print it. */
  reason?: string | null
}

/**
 * An adjustment invoice (hóa đơn điều chỉnh) as a provider receives it: its lines are
 * signed (a decrease is negative, to the đồng), and `adjusts` names the invoice it
 * corrects, which stays as issued.
 */
export type InvoiceAdjustmentToIssue = InvoiceToIssue & {
  relation: "adjustment"
  direction: "increase" | "decrease"
  reason: string
  adjusts: { template: string; series: string; number: number | null; provider_ref: string | null; issued_at: Date | null }
}

export type IssuedInvoice = {
  number: number
  provider_ref: string
  issued_at: Date
}

/** What a provider holds of an invoice it issued (`lookup`). */
export type ProviderInvoiceStatus = {
  /** The provider's full invoice number (series and number). */
  invoice_no: string
  /** The code the buyer looks the invoice up with on the provider's portal. */
  lookup_code: string | null
  issued_at: Date | null
  /** The provider's own status wording. */
  status: string | null
}

/**
 * An e-invoice provider (the local one, or an adapter for VNPT, Viettel S-Invoice, MISA
 * meInvoice, M-Invoice…). `issue` either returns the number the provider gave or
 * throws; the caller records the failure and retries later, so an order never waits.
 */
export interface InvoiceProvider {
  readonly id: string
  /** Whether invoices from it are registered with the tax authority. */
  readonly registered: boolean
  issue(invoice: InvoiceToIssue): Promise<IssuedInvoice>
  /**
   * Issues an adjustment invoice. Optional: a provider without it is sent adjustments
   * through `issue`, with `relation: "adjustment"` and `replaces` set.
   */
  adjust?(invoice: InvoiceAdjustmentToIssue): Promise<IssuedInvoice>
  /** Optional: what the provider holds of an invoice, by our `provider_ref` (null: nothing). */
  lookup?(provider_ref: string): Promise<ProviderInvoiceStatus | null>
}

/** Container key under which the app may register another provider (see docs/e-invoices.md). */
export const INVOICE_PROVIDER_KEY = "ocopInvoiceProvider"
