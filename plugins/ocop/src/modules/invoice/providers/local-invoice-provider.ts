import type InvoiceModuleService from "../service"
import type { InvoiceAdjustmentToIssue, InvoiceProvider, InvoiceToIssue, IssuedInvoice } from "./invoice-provider"

/**
 * The embedded default: numbers invoices itself, per template and series, and keeps
 * them here. Nothing reaches the tax authority, so its printable invoice says so in
 * both languages; a shop that must invoice for real registers a provider adapter.
 */
export class LocalInvoiceProvider implements InvoiceProvider {
  readonly id = "local"
  readonly registered = false

  constructor(private readonly invoices: InvoiceModuleService) {}

  /** An adjustment is numbered like any invoice, in its own template and series; the one it adjusts is left as it was. */
  async adjust(invoice: InvoiceAdjustmentToIssue): Promise<IssuedInvoice> {
    return this.issue(invoice)
  }

  async issue(invoice: InvoiceToIssue): Promise<IssuedInvoice> {
    const number = await this.invoices.nextInvoiceNumber(invoice.template, invoice.series)
    return {
      number,
      provider_ref: `local:${invoice.template}/${invoice.series}/${number}`,
      issued_at: new Date(),
    }
  }
}
