import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { GrossLine } from "../../modules/invoice/rules/invoice-vat"
import { createInvoicesStep } from "./steps/create-invoices"
import { drawUpInvoiceAdjustmentsStep } from "./steps/draw-up-invoice-adjustments"
import { issueInvoicesStep } from "./steps/issue-invoices"
import { validateInvoiceAdjustmentsStep } from "./steps/validate-invoice-adjustments"

export type AdjustInvoiceInput = {
  invoice_id: string
  reason: string
  source: "return" | "correction"
  direction: "increase" | "decrease" | null
  /** A correction's lines as sold (VAT included); none after a return. */
  lines: GrossLine[]
  provider: string
}

/**
 * An adjustment invoice (hóa đơn điều chỉnh) after a partial return or for a
 * correction: a new invoice, numbered in the current series, that refers to the issued
 * one and carries only the difference (a decrease in negative figures). The issued
 * invoice is never edited; it is marked `adjusted` once the adjustment is issued.
 */
export const adjustInvoiceWorkflow = createWorkflow(
  "ocop-adjust-invoice",
  (input: WorkflowData<AdjustInvoiceInput>) => {
    const originals = validateInvoiceAdjustmentsStep(
      transform({ input }, ({ input }) => [input.invoice_id])
    )
    const drafts = drawUpInvoiceAdjustmentsStep(
      transform({ input, originals }, ({ input, originals }) => [
        {
          invoice: originals[0],
          reason: input.reason,
          source: input.source,
          direction: input.direction,
          lines: input.lines,
          provider: input.provider,
        },
      ])
    )
    const created = createInvoicesStep(drafts) as unknown as WorkflowData<{ id: string }[]>
    const results = issueInvoicesStep(
      transform({ created }, ({ created }) => created.map((i) => i.id))
    )
    return new WorkflowResponse(transform({ created, results }, ({ created, results }) => ({
      invoice: created[0],
      results,
    })))
  }
)
