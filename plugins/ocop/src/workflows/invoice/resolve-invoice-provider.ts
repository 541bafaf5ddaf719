import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import {
  INVOICE_PROVIDER_KEY,
  type InvoiceProvider,
} from "../../modules/invoice/providers/invoice-provider"
import { LocalInvoiceProvider } from "../../modules/invoice/providers/local-invoice-provider"

/**
 * The provider invoices go to: one the app registered in the container under
 * INVOICE_PROVIDER_KEY (a real provider's adapter, or a test's stand-in), else the
 * embedded local provider.
 */
export function resolveInvoiceProvider(container: {
  resolve: (key: string, options?: { allowUnregistered?: boolean }) => any
}): InvoiceProvider {
  const registered = container.resolve(INVOICE_PROVIDER_KEY, { allowUnregistered: true })
  if (registered) return registered as InvoiceProvider
  return new LocalInvoiceProvider(container.resolve(INVOICE_MODULE) as InvoiceModuleService)
}
