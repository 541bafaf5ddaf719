import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../modules/invoice"
import { issueInvoicesWorkflow } from "./issue-invoices"
import { issueOrderInvoicesWorkflow } from "./issue-order-invoices"
import { resolveInvoiceProvider } from "./resolve-invoice-provider"

/**
 * Issues the order's invoice: draws it up if it has none, sends it if it is still
 * pending (a counter sale draws it up in its own workflow), and returns it. Never
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
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const original = async () =>
    (await invoices.listInvoices({ order_id: orderId, relation: "original" }, { take: 1 }))[0] ?? null
  const invoice = await original()
  if (invoice?.status !== "pending") return invoice
  try {
    await issueInvoicesWorkflow(container).run({ input: { ids: [invoice.id] } })
  } catch (e) {
    logger.warn(`invoice ${invoice.id} of order ${orderId} not sent: ${(e as Error).message}`)
  }
  return await original()
}
