import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"

export const validateInvoiceAdjustmentsStepId = "ocop-validate-invoice-adjustments"
/**
 * Only an issued invoice (or one already adjusted, for a second return) that is an
 * original or a replacement can be adjusted, and not while another correction of it
 * waits to be issued.
 */
export const validateInvoiceAdjustmentsStep = createStep(
  validateInvoiceAdjustmentsStepId,
  async (ids: string[], { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const found = await invoices.listInvoices({ id: ids }, { relations: ["lines"] })
    for (const id of ids) {
      const invoice = found.find((i) => i.id === id)
      if (!invoice) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
      }
      if (invoice.relation === "adjustment") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `invoice: ${id} is itself an adjustment; adjust the invoice it adjusts (${invoice.replaces_id})`
        )
      }
      if (!["issued", "adjusted"].includes(invoice.status)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `invoice: ${id} is ${invoice.status}; only an issued invoice can be adjusted`
        )
      }
      const [pending] = await invoices.listInvoices(
        { replaces_id: id, status: ["pending", "issuing", "failed"] },
        { take: 1, select: ["id"] }
      )
      if (pending) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `invoice: ${id} already has a correction waiting to be issued (${pending.id})`
        )
      }
    }
    return new StepResponse(found)
  }
)
