import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createCounterSaleWorkflow } from "../../../../../workflows/sales-point/create-counter-sale"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type { SalesPointCounterSaleType } from "../../../validators"

/**
 * A counter sale: the basket becomes a paid order of the `sales-point` channel and
 * its units leave this point's stock. Not enough available is a 400 naming `items`.
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
    return { sale: result }
  })
}
