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
  return await issueDrawnUpInvoice(container, invoice)
}

/**
 * Sends an invoice that was just drawn up (a counter sale's, drawn up in its own
 * workflow) and answers its lookup code and status afterwards, without looking the
 * order's invoices up again. Never throws, as above.
 */
export async function issueDrawnUpInvoice<T extends { id: string; order_id: string; status: string }>(
  container: MedusaContainer,
  invoice: T
): Promise<T> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await issueInvoicesWorkflow(container).run({ input: { ids: [invoice.id] } })
    const sent = result.find((r) => r.id === invoice.id)
    if (sent) return { ...invoice, status: sent.status }
  } catch (e) {
    logger.warn(`invoice ${invoice.id} of order ${invoice.order_id} not sent: ${(e as Error).message}`)
  }
  // Claimed by another attempt, or the run failed: as it stands now.
  const [now] = await container
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ id: invoice.id }, { take: 1 })
  return { ...invoice, status: now?.status ?? invoice.status }
}
