import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createInvoicesStep } from "./steps/create-invoices"
import { drawUpOrderInvoicesStep } from "./steps/draw-up-order-invoices"
import { issueInvoicesStep } from "./steps/issue-invoices"

export type IssueOrderInvoicesInput = { order_ids: string[]; provider: string }

/**
 * The invoice of each paid order (online once captured, COD once delivered, every
 * counter sale): drawn up from the order, stored, then sent to the provider. An order
 * that already has its invoice gets no second one; a provider failure leaves the
 * invoice `failed` for the retry job, never failing the caller.
 */
export const issueOrderInvoicesWorkflow = createWorkflow(
  "ocop-issue-order-invoices",
  (input: WorkflowData<IssueOrderInvoicesInput>) => {
    const drafts = drawUpOrderInvoicesStep(
      transform({ input }, ({ input }) => ({
        orders: input.order_ids.map((order_id) => ({ order_id, relation: "original" as const })),
        provider: input.provider,
      }))
    )
    const created = createInvoicesStep(drafts) as unknown as WorkflowData<{ id: string }[]>
    const results = issueInvoicesStep(
      transform({ created }, ({ created }) => created.map((i) => i.id))
    )
    return new WorkflowResponse(transform({ created, results }, ({ created, results }) => ({
      invoice_ids: created.map((i) => i.id),
      results,
    })))
  }
)
