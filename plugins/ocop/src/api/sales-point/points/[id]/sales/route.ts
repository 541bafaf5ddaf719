import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createCounterSaleWorkflow } from "../../../../../workflows/sales-point/create-counter-sale"
import { issueDrawnUpInvoice } from "../../../../../workflows/invoice/issue-invoice-for-order"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type { SalesPointCounterSaleType } from "../../../validators"

/**
 * A counter sale: the basket becomes a paid order of the `sales-point` channel and
 * its units leave this point's stock. Not enough available is a 400 naming `items`.
 * Its invoice is issued at once so the receipt carries the lookup code; a provider
 * failure leaves the invoice to the retry job and never undoes the sale.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointCounterSaleType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await createCounterSaleWorkflow(req.scope).run({
      input: { ...context, ...req.validatedBody },
    })
    const { invoice: drawnUp, ...sale } = result
    const invoice = drawnUp ? await issueDrawnUpInvoice(req.scope, drawnUp) : null
    return {
      sale: {
        ...sale,
        invoice: invoice
          ? { lookup_code: invoice.lookup_code, status: invoice.status }
          : null,
      },
    }
  })
}
