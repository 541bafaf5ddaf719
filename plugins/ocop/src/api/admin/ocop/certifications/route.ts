import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCertificationWorkflow } from "../../../../workflows/attach-certification"
import { retrieveCertification } from "./helpers"
import type {
  AdminCreateCertificationType,
  AdminGetCertificationsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCertificationsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { id, status, stars, origin_province_code } =
    req.validatedQuery as AdminGetCertificationsParamsType
  const filters: Record<string, unknown> = {}
  if (id) filters.id = id
  if (status) filters.status = status
  if (stars) filters.stars = stars
  if (origin_province_code) filters.origin_province_code = origin_province_code
  const { data: certifications, metadata } = await query.graph({
    entity: "certification",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    certifications,
    count: metadata?.count ?? certifications.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? certifications.length,
  })
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
