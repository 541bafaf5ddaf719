import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../modules/invoice"
import { renderInvoiceHtml } from "./render-invoice-html"

/**
 * The printable invoice, found by its lookup code (on the receipt, the order page and
 * in the e-mail). The code is the key, as on providers' own lookup portals.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = String(req.params.code ?? "").toUpperCase()
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [invoice] = /^[A-Z0-9]{10}$/.test(code)
    ? await invoices.listInvoices({ lookup_code: code }, { relations: ["lines"], take: 1 })
    : []
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `code: no invoice has the lookup code ${code}`)
  }
  const replaced = invoice.replaces_id ? await invoices.retrieveInvoice(invoice.replaces_id) : null
  res
    .status(200)
    .set("Content-Type", "text/html; charset=utf-8")
    .set("Cache-Control", "private, no-store")
    .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
    .send(renderInvoiceHtml(invoice as any, replaced as any, process.env))
}
