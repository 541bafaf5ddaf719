import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listEntities } from "../../../shared/query-graph"
import { attachCertificationWorkflow } from "../../../../workflows/certification/attach-certification"
import { retrieveCertification } from "./helpers"
import type {
  AdminCreateCertificationType,
  AdminGetCertificationsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCertificationsParamsType>,
  res: MedusaResponse
) => {
  const { data: certifications, ...page } = await listEntities(
    req,
    "certification",
    ["id", "status", "stars", "origin_province_code"]
  )
  res.json({ certifications, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCertificationType>,
  res: MedusaResponse
) => {
  const { product_id, ...certification } = req.validatedBody
  const { result } = await attachCertificationWorkflow(req.scope).run({
    input: { product_id, certification },
  })
  res
    .status(201)
    .json({ certification: await retrieveCertification(req.scope, result.id) })
}
