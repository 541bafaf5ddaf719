import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordSalesPointStockWorkflow } from "../../../../../workflows/sales-point/record-sales-point-stock"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type { SalesPointAdjustStockType } from "../../../validators"

/** A stock correction with its reason (count correction, damage, expiry). */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointAdjustStockType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  const { adjustment, ...correction } = req.validatedBody
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await recordSalesPointStockWorkflow(req.scope).run({
      input: { ...context, ...correction, quantity: adjustment, kind: "adjust" },
    })
    return { movements: result }
  })
}
