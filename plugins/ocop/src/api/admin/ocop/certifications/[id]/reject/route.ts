import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { rejectCertificationWorkflow } from "../../../../../../workflows/certification/reject-certification"
import { retrieveCertification } from "../../helpers"
import type { AdminRejectCertificationType } from "./validators"

/** Rejects a producer's submitted certificate with the reason the producer will see. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectCertificationType>,
  res: MedusaResponse
) => {
  await rejectCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({
    certification: await retrieveCertification(req.scope, req.params.id),
  })
}
