import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"

export const validateInvoiceReplacementsStepId = "ocop-validate-invoice-replacements"
/** Only an issued invoice, not already superseded nor with a replacement under way, can be replaced. */
export const validateInvoiceReplacementsStep = createStep(
  validateInvoiceReplacementsStepId,
  async (ids: string[], { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const found = await invoices.listInvoices({ id: ids })
    for (const id of ids) {
      const invoice = found.find((i) => i.id === id)
      if (!invoice) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
      }
      if (invoice.status !== "issued") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `invoice: ${id} is ${invoice.status}; only an issued invoice can be replaced (reissue a failed one instead)`
        )
      }
      const [pending] = await invoices.listInvoices(
        { replaces_id: id, status: ["pending", "issuing", "failed"] },
        { take: 1, select: ["id"] }
      )
      if (pending) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `invoice: ${id} already has a replacement waiting to be issued (${pending.id})`
        )
      }
    }
    return new StepResponse(found)
  }
)
