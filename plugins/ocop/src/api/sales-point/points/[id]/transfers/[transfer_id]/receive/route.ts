import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../../modules/sales-point/service"
import { receiveSalesPointTransferWorkflow } from "../../../../../../../workflows/sales-point/receive-sales-point-transfer"
import { staffPoint } from "../../../../../helpers"

/** The receiving point confirms a transfer; only the destination's staff may. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point, context } = await staffPoint(req)
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const [transfer] = await ocop.listSalesPointTransfers(
    { id: req.params.transfer_id, to_sales_point_id: point.id },
    { select: ["id"] }
  )
  if (!transfer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `transfer_id: transfer ${req.params.transfer_id} to this sales point was not found`
    )
  }
  const { result } = await receiveSalesPointTransferWorkflow(req.scope).run({
    input: { ...context, transfer_id: transfer.id },
  })
  res.json({ transfer: result })
}
