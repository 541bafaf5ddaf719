import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerStock } from "../../../queries/producer-stock-and-orders"
import { currentProducerId } from "../helpers"

/** The producer's stock per variant and location. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const stock = await producerStock(knex, producerId)
  res.json({ stock })
}
