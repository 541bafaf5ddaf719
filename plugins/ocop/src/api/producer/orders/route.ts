import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerOrders } from "../../../queries/producer-orders"
import { currentProducerId } from "../helpers"

/** Orders with the producer's lines only, those to pack first; delivery data of the buyer, and sold quantities per product. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  res.json(
    await producerOrders(
      req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
      req.scope.resolve(ContainerRegistrationKeys.QUERY),
      producerId
    )
  )
}
