import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listReviewsForStaff } from "../../shared/product-review-listing"
import { currentProducerId } from "../helpers"
import type { ProducerGetReviewsParamsType } from "./validators"

/** Reviews of the producer's own products, newest first, hidden ones with the office's reason. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetReviewsParamsType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const own = await knex
    .from("ocop_product_producer")
    .select("product_id")
    .where("producer_id", producerId)
    .whereNull("deleted_at")
  const productIds = own.map((r: any) => r.product_id as string)
  const { limit, offset } = req.validatedQuery
  const { reviews, count } = productIds.length
    ? await listReviewsForStaff(req.scope, { product_id: productIds }, { limit, offset })
    : { reviews: [], count: 0 }
  res.json({ reviews, count, limit, offset })
}
