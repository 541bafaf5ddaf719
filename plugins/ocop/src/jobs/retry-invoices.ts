import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../modules/invoice"
import { issueInvoicesWorkflow } from "../workflows/invoice/issue-invoices"

/** Invoices waiting longer than this are retried (younger ones may still be in their first attempt). */
const RETRY_AFTER_MS = 2 * 60 * 1000

/**
 * Every five minutes, invoices the provider has not accepted yet (failed, or stuck
 * pending) are sent again. They stay listed for the office in Admin with their last
 * error and attempt count until one succeeds.
 */
export default async function retryInvoicesJob(container: MedusaContainer) {
  await retryDueInvoices(container, RETRY_AFTER_MS)
}

/** Sends again every invoice not accepted yet whose last attempt is older than `afterMs`. */
export async function retryDueInvoices(container: MedusaContainer, afterMs: number) {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const before = new Date(Date.now() - afterMs)
  const due = await invoices.listInvoices(
    {
      status: ["pending", "issuing", "failed"],
      $or: [{ last_attempt_at: null }, { last_attempt_at: { $lte: before } }],
      created_at: { $lte: before },
    } as any,
    { select: ["id"], take: 100, order: { created_at: "ASC" } }
  )
  if (!due.length) return []
  const { result } = await issueInvoicesWorkflow(container).run({
    input: { ids: due.map((i) => i.id) },
  })
  const failed = result.filter((r) => r.status === "failed").length
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`OCOP: invoices retried: ${result.length - failed} issued, ${failed} still failing`)
  return result
}

export const config = {
  name: "ocop-retry-invoices",
  schedule: "*/5 * * * *",
}
