import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"
import { issueInvoicesWorkflow } from "../../../../../../workflows/invoice/issue-invoices"

/** The office sends a pending or failed invoice to the provider now, without waiting for the retry job. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [invoice] = await invoices.listInvoices({ id: req.params.id }, { take: 1 })
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${req.params.id} was not found`)
  }
  if (!["pending", "issuing", "failed"].includes(invoice.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `invoice: ${invoice.id} is ${invoice.status}; an issued invoice is corrected by replacing it`
    )
  }
  await issueInvoicesWorkflow(req.scope).run({ input: { ids: [invoice.id] } })
  res.json({ invoice: await invoices.retrieveInvoice(invoice.id) })
}
