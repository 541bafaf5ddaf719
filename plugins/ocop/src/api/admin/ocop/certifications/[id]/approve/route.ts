import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { approveCertificationWorkflow } from "../../../../../../workflows/certification/approve-certification"
import { retrieveCertification } from "../../helpers"

/** Approves a producer's submitted certificate: it becomes current and the product is published. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await approveCertificationWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({
    certification: await retrieveCertification(req.scope, req.params.id),
  })
}
