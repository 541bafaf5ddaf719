import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { recordSalesPointStockWorkflow } from "../../../../../workflows/sales-point/record-sales-point-stock"
import { staffPoint } from "../../../helpers"
import { respondOnce } from "../../../idempotency"
import type { SalesPointReceiveStockType } from "../../../validators"

/** A delivery arrives: the point's stock of the variant goes up. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SalesPointReceiveStockType>,
  res: MedusaResponse
) => {
  const { staff, context } = await staffPoint(req)
  const { producer_id, ...delivery } = req.validatedBody
  if (producer_id) {
    const ocop = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [producer] = await ocop.listProducers(
      { id: producer_id },
      { select: ["id"] }
    )
    if (!producer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `producer_id: producer ${producer_id} was not found`
      )
    }
  }
  await respondOnce(req, res, staff.id, async () => {
    const { result } = await recordSalesPointStockWorkflow(req.scope).run({
      input: { ...context, ...delivery, producer_id, kind: "receive" },
    })
    return { movements: result }
  })
}
