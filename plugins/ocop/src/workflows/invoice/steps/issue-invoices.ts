import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import type { InvoiceToIssue, IssuedInvoice } from "../../../modules/invoice/providers/invoice-provider"
import { resolveInvoiceProvider } from "../resolve-invoice-provider"

export const INVOICE_ISSUED_TEMPLATE = "ocop-invoice-issued"

/** A provider that has not answered in this time counts as failed; the retry job tries again. */
const ISSUE_TIMEOUT_MS = 15_000

export type IssueInvoicesResult = { id: string; status: string; error?: string }[]

/**
 * Claims each pending or failed invoice and sends it to the provider. A success records the number
 * the provider gave and, for a replacement, marks the invoice it replaces; a failure
 * (error, timeout) is recorded on the invoice and never thrown: the order it belongs to
 * goes on, the office sees the failure, and the retry job tries again. What a provider
 * has issued cannot be taken back, so this step has no compensation.
 */
export async function issueInvoices(
  container: { resolve: (key: string, options?: any) => any },
  ids: string[]
): Promise<IssueInvoicesResult> {
  const invoices = container.resolve(INVOICE_MODULE) as InvoiceModuleService
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const provider = resolveInvoiceProvider(container)
  // An attempt that has not finished in a minute is taken as dead.
  const claimed = await invoices.claimInvoicesForIssue(ids, new Date(Date.now() - 60_000))
  const due = claimed.length
    ? await invoices.listInvoices({ id: claimed }, { relations: ["lines"] })
    : []
  const results: IssueInvoicesResult = []
  for (const invoice of due) {
    const replaced = invoice.replaces_id
      ? await invoices.retrieveInvoice(invoice.replaces_id)
      : null
    const toIssue: InvoiceToIssue = {
      id: invoice.id,
      relation: invoice.relation as InvoiceToIssue["relation"],
      replaces: replaced
        ? {
            template: replaced.template,
            series: replaced.series,
            number: replaced.number ?? null,
            provider_ref: replaced.provider_ref ?? null,
          }
        : null,
      kind: invoice.kind as InvoiceToIssue["kind"],
      template: invoice.template,
      series: invoice.series,
      buyer: {
        name: invoice.buyer_name ?? null,
        tax_code: invoice.buyer_tax_code ?? null,
        address: invoice.buyer_address ?? null,
        email: invoice.buyer_email ?? null,
      },
      lines: [...(invoice.lines ?? [])]
        .sort((a, b) => a.rank - b.rank)
        .map((l) => ({
          title: l.title,
          quantity: l.quantity,
          unit_price: l.unit_price,
          vat_rate: l.vat_rate ?? null,
          amount: l.amount,
          vat_amount: l.vat_amount,
          total: l.total,
        })),
      subtotal: invoice.subtotal,
      vat_total: invoice.vat_total,
      total: invoice.total,
      amount_in_words: invoice.amount_in_words,
      reason: invoice.reason ?? null,
    }
    // An adjustment goes to the provider's own method when it has one (docs/e-invoices.md).
    const send = (): Promise<IssuedInvoice> =>
      invoice.relation === "adjustment" && replaced && provider.adjust
        ? provider.adjust({
            ...toIssue,
            relation: "adjustment",
            direction: invoice.total < 0 ? "decrease" : "increase",
            reason: invoice.reason ?? "",
            adjusts: {
              template: replaced.template,
              series: replaced.series,
              number: replaced.number ?? null,
              provider_ref: replaced.provider_ref ?? null,
              issued_at: replaced.issued_at ?? null,
            },
          })
        : provider.issue(toIssue)
    try {
      let timer: NodeJS.Timeout | undefined
      const issued = await Promise.race([
        send(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer from ${provider.id} within ${ISSUE_TIMEOUT_MS / 1000} s`)),
            ISSUE_TIMEOUT_MS
          )
        }),
      ]).finally(() => clearTimeout(timer))
      await invoices.updateInvoices({
        id: invoice.id,
        status: "issued",
        provider: provider.id,
        number: issued.number,
        provider_ref: issued.provider_ref,
        issued_at: issued.issued_at,
        last_error: null,
      })
      if (replaced) {
        await invoices.updateInvoices({
          id: replaced.id,
          status: invoice.relation === "adjustment" ? "adjusted" : "replaced",
        })
      }
      results.push({ id: invoice.id, status: "issued" })
      if (invoice.buyer_email) {
        // The buyer's copy: the lookup code and where to read it. The invoice stands
        // whatever the e-mail does, so a failure is logged, not thrown.
        await container
          .resolve(Modules.NOTIFICATION)
          .createNotifications({
            to: invoice.buyer_email,
            channel: "email",
            template: INVOICE_ISSUED_TEMPLATE,
            trigger_type: "ocop.invoice.issued",
            resource_id: invoice.order_id,
            resource_type: "order",
            idempotency_key: `ocop-invoice-issued-${invoice.id}`,
            data: {
              order_id: invoice.order_id,
              display_id: invoice.display_id,
              kind: invoice.kind,
              relation: invoice.relation,
              template: invoice.template,
              series: invoice.series,
              number: issued.number,
              total: invoice.total,
              lookup_code: invoice.lookup_code,
              path: `/invoices/${invoice.lookup_code}`,
            },
          })
          .catch((e: unknown) =>
            logger.error(`OCOP: invoice ${invoice.id} issued but not e-mailed: ${e}`)
          )
      }
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      logger.warn(
        `invoice ${invoice.id} of order ${invoice.order_id} not issued by ${provider.id} (attempt ${invoice.attempts}): ${error}`
      )
      await invoices.updateInvoices({
        id: invoice.id,
        status: "failed",
        provider: provider.id,
        last_error: error.slice(0, 1000),
      })
      results.push({ id: invoice.id, status: "failed", error })
    }
  }
  return results
}

export const issueInvoicesStepId = "ocop-issue-invoices"
/** Sends pending or failed invoices to the provider and records each outcome (see issueInvoices). */
export const issueInvoicesStep = createStep(
  issueInvoicesStepId,
  async (ids: string[], { container }) => new StepResponse(await issueInvoices(container, ids))
)
