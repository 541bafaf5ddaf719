import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"
import { replaceInvoiceWorkflow } from "../../../../../../workflows/invoice/replace-invoice"
import { resolveInvoiceProvider } from "../../../../../../workflows/invoice/resolve-invoice-provider"
import type { AdminReplaceInvoiceType } from "../../validators"

/** After a return or a correction: a replacement drawn from the order as it now stands. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReplaceInvoiceType>,
  res: MedusaResponse
) => {
  const { result } = await replaceInvoiceWorkflow(req.scope).run({
    input: {
      invoice_id: req.params.id,
      reason: req.validatedBody.reason,
      provider: resolveInvoiceProvider(req.scope).id,
    },
  })
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  res.json({
    invoice: await invoices.retrieveInvoice(result.invoice.id, { relations: ["lines"] }),
    replaced: await invoices.retrieveInvoice(req.params.id),
  })
}
