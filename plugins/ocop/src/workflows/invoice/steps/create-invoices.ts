import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import type { InvoiceDraft } from "./draw-up-order-invoices"

export const createInvoicesStepId = "ocop-create-invoices"
/** Stores drawn-up invoices with their lines, pending issue; compensation deletes them. */
export const createInvoicesStep = createStep(
  createInvoicesStepId,
  async (drafts: InvoiceDraft[], { container }) => {
    if (!drafts.length) return new StepResponse([] as { id: string }[], [] as string[])
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const created: { id: string }[] = await invoices.createInvoices(drafts as any[])
    return new StepResponse(
      created,
      created.map((i) => i.id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await container.resolve<InvoiceModuleService>(INVOICE_MODULE).deleteInvoices(ids)
  }
)
