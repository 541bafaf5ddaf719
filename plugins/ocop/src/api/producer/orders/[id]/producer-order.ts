import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerOrders } from "../../../../queries/producer-orders"

/** The one order as the producer's list shows it, after a change. */
export async function producerOrder(
  req: MedusaRequest<any, any>,
  producerId: string,
  orderId: string
) {
  const { orders } = await producerOrders(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    producerId,
    { orderId }
  )
  return orders[0]
}
