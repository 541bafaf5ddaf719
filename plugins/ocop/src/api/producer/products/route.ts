import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createProducerListingWorkflow } from "../../../workflows/producer/create-producer-listing"
import { currentProducerId } from "../helpers"
import { listProducerListings } from "./listing"
import type { ProducerCreateListingType } from "./validators"

/** The producer's own listings with their review status and the office's reasons. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const products = await listProducerListings(req.scope, producerId)
  res.json({ products, count: products.length })
}

/** Creates a draft listing for the producer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCreateListingType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { result } = await createProducerListingWorkflow(req.scope).run({
    input: { producer_id: producerId, listing: req.validatedBody },
  })
  const [product] = await listProducerListings(req.scope, producerId, result.id)
  res.status(201).json({ product })
}
