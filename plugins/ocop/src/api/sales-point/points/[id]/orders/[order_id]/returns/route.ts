import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { returnCounterSaleLinesWorkflow } from "../../../../../../../workflows"
import { staffPoint } from "../../../../../helpers"
import { respondOnce } from "../../../../../idempotency"
import type { SalesPointReturnLinesType } from "../../../../../validators"

/**
 * Lines of one of this point's counter receipts brought back: stock back in, money
 * back by the sale's method. Another point's or a web order is a 404.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointReturnLinesType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await returnCounterSaleLinesWorkflow(req.scope).run({
      input: {
        ...context,
        ...req.validatedBody,
        order_id: req.params.order_id,
      },
    })
    return { return: result }
  })
}
