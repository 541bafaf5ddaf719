import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { packProducerOrderLinesWorkflow } from "../../../../../workflows/producer-order/pack-producer-order-lines"
import { currentProducerId } from "../../../helpers"
import type { ProducerPackOrderLinesType } from "../../validators"
import { producerOrder } from "../producer-order"

/** "Đã đóng gói": a parcel (fulfilment) of the producer's lines; someone else's order or line is a 404. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerPackOrderLinesType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { result } = await packProducerOrderLinesWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      order_id: req.params.id,
      line_ids: req.validatedBody.line_ids,
      created_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({
    fulfillment_id: result.id,
    order: await producerOrder(req, producerId, req.params.id),
  })
}
