import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { shipProducerFulfillmentWorkflow } from "../../../../../../../workflows/producer-order/ship-producer-fulfillment"
import { currentProducerId } from "../../../../../helpers"
import type { ProducerShipFulfillmentType } from "../../../../validators"
import { producerOrder } from "../../../producer-order"

/** "Đã giao cho đơn vị vận chuyển": the packed parcel leaves with a carrier and a tracking number. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerShipFulfillmentType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  await shipProducerFulfillmentWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      ...req.validatedBody,
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ order: await producerOrder(req, producerId, req.params.id) })
}
