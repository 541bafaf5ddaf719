import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { revokeCertificationWorkflow } from "../../../../../../workflows/certification/revoke-certification"
import { retrieveCertification } from "../../helpers"
import type { AdminRevokeCertificationType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRevokeCertificationType>,
  res: MedusaResponse
) => {
  await revokeCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({
    certification: await retrieveCertification(req.scope, req.params.id),
  })
}
