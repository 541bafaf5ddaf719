import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProducerListingWorkflow } from "../../../../workflows/producer/update-producer-listing"
import { currentProducerId } from "../../helpers"
import { listProducerListings } from "../listing"
import type { ProducerUpdateListingType } from "../validators"

async function ownListing(req: AuthenticatedMedusaRequest<any>) {
  const producerId = await currentProducerId(req)
  const [product] = await listProducerListings(
    req.scope,
    producerId,
    req.params.id
  )
  // Another producer's product is indistinguishable from a missing one.
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id "${req.params.id}" was not found`
    )
  }
  return { producerId, product }
}

/** One of the producer's listings with its certificates and review state. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { product } = await ownListing(req)
  res.json({ product })
}

/** Edits the listing's text, pictures, weight or prices; a published listing stays published. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateListingType>,
  res: MedusaResponse
) => {
  const { producerId } = await ownListing(req)
  const { prices, ...update } = req.validatedBody
  await updateProducerListingWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      product_id: req.params.id,
      update,
      prices,
    },
  })
  const { product } = await ownListing(req)
  res.json({ product })
}
