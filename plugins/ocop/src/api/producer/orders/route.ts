import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerOrderLines } from "../../../queries/producer-stock-and-orders"
import { currentProducerId } from "../helpers"

/** Orders with the producer's lines only, delivery data of the buyer, and sold quantities per product. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.json(await producerOrderLines(knex, producerId))
}
