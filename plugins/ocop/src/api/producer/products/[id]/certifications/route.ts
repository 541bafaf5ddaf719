import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { submitCertificationWorkflow } from "../../../../../workflows/certification/submit-certification"
import { currentProducerId } from "../../../helpers"
import { listProducerListings } from "../../listing"
import type { ProducerSubmitCertificationType } from "./validators"

/** Submits a certificate for one of the producer's listings; it waits for the office's review. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerSubmitCertificationType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { result } = await submitCertificationWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      product_id: req.params.id,
      certification: req.validatedBody,
    },
  })
  const [product] = await listProducerListings(
    req.scope,
    producerId,
    req.params.id
  )
  res.status(201).json({
    certification: product.certifications.find((c: any) => c.id === result.id),
    product,
  })
}
