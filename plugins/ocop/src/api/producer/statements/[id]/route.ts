import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveStatement } from "../../../shared/settlement-statements"
import { currentProducerId } from "../../helpers"

/** One of the producer's statements with its lines; another producer's is a 404. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  res.json({
    statement: await retrieveStatement(req.scope, req.params.id, {
      producerId,
      fields: ["producer.name"],
    }),
  })
}
