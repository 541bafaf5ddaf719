import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
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
  @InjectTransactionManager()
  async nextInvoiceNumber(
    template: string,
    series: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as any
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
}

export default InvoiceModuleService
