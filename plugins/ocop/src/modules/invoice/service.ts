import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@mikro-orm/postgresql"
import { Invoice } from "./models/invoice"
import { InvoiceLine } from "./models/invoice-line"
import { InvoiceRequest } from "./models/invoice-request"
import { InvoiceSequence } from "./models/invoice-sequence"

/** Invoices, their lines, numbering sequences and buyers' company-invoice requests. */
class InvoiceModuleService extends MedusaService({
  Invoice,
  InvoiceLine,
  InvoiceSequence,
  InvoiceRequest,
}) {
  /**
   * The next number in a template and series, gap-free: one statement increments the
   * row (creating it at 1), so two concurrent issues never get the same number.
   */
  @InjectManager()
  async nextInvoiceNumber(
    template: string,
    series: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await this.nextInvoiceNumber_(template, series, sharedContext)
  }

  @InjectTransactionManager()
  protected async nextInvoiceNumber_(
    template: string,
    series: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `insert into ocop_invoice_sequence (id, template, series, last_number)
       values ('ocinsq_' || md5(random()::text || clock_timestamp()::text), ?, ?, 1)
       on conflict (template, series) where deleted_at is null
       do update set last_number = ocop_invoice_sequence.last_number + 1, updated_at = now()
       returning last_number`,
      [template, series]
    )
    return Number(rows[0].last_number)
  }

  /**
   * Claims invoices for an attempt: those pending or failed, and those left `issuing`
   * by an attempt that died (older than `staleBefore`), become `issuing` with one more
   * attempt counted, in one statement. Only the claimed ids may be sent: two callers
   * (the capture event, the counter, the retry job, the office) never issue one twice.
   */
  @InjectManager()
  async claimInvoicesForIssue(
    ids: string[],
    staleBefore: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.claimInvoicesForIssue_(ids, staleBefore, sharedContext)
  }

  @InjectTransactionManager()
  protected async claimInvoicesForIssue_(
    ids: string[],
    staleBefore: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!ids.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `update ocop_invoice
         set status = 'issuing', attempts = attempts + 1, last_attempt_at = now(), updated_at = now()
       where id in (?) and deleted_at is null
         and (status in ('pending', 'failed') or (status = 'issuing' and last_attempt_at < ?))
       returning id`,
      [ids, staleBefore]
    )
    return rows.map((r: { id: string }) => r.id)
  }
}

export default InvoiceModuleService
