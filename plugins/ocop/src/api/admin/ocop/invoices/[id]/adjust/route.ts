import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"
import { adjustInvoiceWorkflow } from "../../../../../../workflows/invoice/adjust-invoice"
import { resolveInvoiceProvider } from "../../../../../../workflows/invoice/resolve-invoice-provider"
import type { AdminAdjustInvoiceType } from "../../validators"

/** After a partial return or for a correction: an adjustment invoice referring to the issued one, which is never edited. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAdjustInvoiceType>,
  res: MedusaResponse
) => {
  const { reason, source, direction, lines } = req.validatedBody
  const { result } = await adjustInvoiceWorkflow(req.scope).run({
    input: {
      invoice_id: req.params.id,
      reason,
      source,
      direction: direction ?? null,
      lines: lines ?? [],
      provider: resolveInvoiceProvider(req.scope).id,
    },
  })
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  res.json({
    invoice: await invoices.retrieveInvoice(result.invoice.id, { relations: ["lines"] }),
    adjusted: await invoices.retrieveInvoice(req.params.id),
  })
}
