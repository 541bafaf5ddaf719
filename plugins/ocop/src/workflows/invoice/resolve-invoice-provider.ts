import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import {
  INVOICE_PROVIDER_KEY,
  type InvoiceProvider,
} from "../../modules/invoice/providers/invoice-provider"
import { LocalInvoiceProvider } from "../../modules/invoice/providers/local-invoice-provider"
import { SInvoiceProvider } from "../../modules/invoice/providers/sinvoice/sinvoice-provider"
import { sinvoiceOptionsFromEnv } from "../../modules/invoice/providers/sinvoice/sinvoice-options"

// One adapter per configuration, kept so its access token outlives a single issue.
let sinvoice: { key: string; provider: SInvoiceProvider } | null = null

/**
 * The provider invoices go to: one the app registered in the container under
 * INVOICE_PROVIDER_KEY (a test's stand-in, or another adapter), else Viettel S-Invoice
 * when its SINVOICE_* variables are set (docs/e-invoices.md), else the embedded local
 * provider.
 */
export function resolveInvoiceProvider(
  container: {
    resolve: (key: string, options?: { allowUnregistered?: boolean }) => any
  },
  env: Record<string, string | undefined> = process.env
): InvoiceProvider {
  const registered = container.resolve(INVOICE_PROVIDER_KEY, { allowUnregistered: true })
  if (registered) return registered as InvoiceProvider
  const options = sinvoiceOptionsFromEnv(env)
  if (options) {
    const key = JSON.stringify(options)
    if (sinvoice?.key !== key) sinvoice = { key, provider: new SInvoiceProvider(options) }
    return sinvoice.provider
  }
  return new LocalInvoiceProvider(container.resolve(INVOICE_MODULE) as InvoiceModuleService)
}
