import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createInvoicesStep } from "./steps/create-invoices"
import { drawUpOrderInvoicesStep } from "./steps/draw-up-order-invoices"
import { issueInvoicesStep } from "./steps/issue-invoices"
import { validateInvoiceReplacementsStep } from "./steps/validate-invoice-replacements"

export type ReplaceInvoiceInput = { invoice_id: string; reason: string; provider: string }

/**
 * A correction after a return or a mistake: a new invoice drawn up from the order as it
 * now stands (returned units out), for the same buyer, that replaces the issued one.
 * The issued invoice is never edited; it becomes `replaced` once the replacement is issued.
 */
export const replaceInvoiceWorkflow = createWorkflow(
  "ocop-replace-invoice",
  (input: WorkflowData<ReplaceInvoiceInput>) => {
    const originals = validateInvoiceReplacementsStep(
      transform({ input }, ({ input }) => [input.invoice_id])
    )
    const drafts = drawUpOrderInvoicesStep(
      transform({ input, originals }, ({ input, originals }) => ({
        orders: [
          {
            order_id: originals[0].order_id,
            relation: "replacement" as const,
            replaces_id: input.invoice_id,
            reason: input.reason,
          },
        ],
        provider: input.provider,
      }))
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
