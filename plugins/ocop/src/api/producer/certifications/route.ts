import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { currentProducerId } from "../helpers"
import { listProducerListings } from "../products/listing"

/** Every certificate of the producer's listings with its review status and the office's reasons. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const products = await listProducerListings(req.scope, producerId)
  const certifications = products
    .flatMap((p: any) =>
      p.certifications.map((c: any) => ({
        ...c,
        product: { id: p.id, title: p.title },
      }))
    )
    .sort((a: any, b: any) =>
      String(b.created_at).localeCompare(String(a.created_at))
    )
  res.json({ certifications, count: certifications.length })
}
