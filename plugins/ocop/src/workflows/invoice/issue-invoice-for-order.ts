import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import { issueOrderInvoicesWorkflow } from "./issue-order-invoices"
import { resolveInvoiceProvider } from "./resolve-invoice-provider"

/**
 * Issues the order's invoice if it has none, and returns its original invoice. Never
 * throws: an invoice is the order's consequence, not its condition, so a sale or a
 * capture goes on whatever happens here (the failure is logged, and a provider failure
 * is recorded on the invoice for the retry job and the office).
 */
export async function issueInvoiceForOrder(container: MedusaContainer, orderId: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await issueOrderInvoicesWorkflow(container).run({
      input: { order_ids: [orderId], provider: resolveInvoiceProvider(container).id },
    })
  } catch (e) {
    // A concurrent call (the capture event and the counter route) may have created it first.
    logger.warn(`invoice for order ${orderId} not drawn up: ${(e as Error).message}`)
  }
  const [invoice] = await container
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ order_id: orderId, relation: "original" }, { take: 1 })
  return invoice ?? null
}
