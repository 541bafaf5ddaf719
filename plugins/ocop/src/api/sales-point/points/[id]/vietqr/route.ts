import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createCounterVietQrWorkflow } from "../../../../../workflows/sales-point/create-counter-vietqr"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type { SalesPointCreateVietQrType } from "../../../validators"

/**
 * A VietQR code for the exact amount of a counter sale (or of its VietQR part): the
 * payload to show large, its memo, and `pending` until the staff member or the bank
 * statement confirms the transfer; the sale then names it in `payments`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointCreateVietQrType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await createCounterVietQrWorkflow(req.scope).run({
      input: { ...context, amount: req.validatedBody.amount },
    })
    return { vietqr: result }
  })
}
