import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteCertificationsWorkflow } from "../../../../../workflows/certification/delete-certifications"
import { updateCertificationWorkflow } from "../../../../../workflows/certification/update-certification"
import { retrieveCertification } from "../helpers"
import type { AdminUpdateCertificationType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    certification: await retrieveCertification(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    ),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCertificationType>,
  res: MedusaResponse
) => {
  await updateCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({
    certification: await retrieveCertification(req.scope, req.params.id),
  })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteCertificationsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "certification", deleted: true })
}
