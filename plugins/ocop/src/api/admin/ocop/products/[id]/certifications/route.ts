import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { isCurrentStatus } from "../../../../../../modules/certification/rules/review"
import { attachCertificationWorkflow } from "../../../../../../workflows/certification/attach-certification"
import { retrieveCertification } from "../../../certifications/helpers"
import { defaultCertificationFields } from "../../../certifications/query-config"
import type { AdminAttachCertificationType } from "../../../certifications/validators"

/** The product's certification history, newest first, with the producer. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "producer.id",
      "producer.name",
      "producer.type",
      ...defaultCertificationFields
        .filter((f) => !f.startsWith("product."))
        .map((f) => `certifications.${f}`),
    ],
    filters: { id: req.params.id },
  })
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id "${req.params.id}" was not found`
    )
  }
  const certifications = (product.certifications ?? [])
    .filter(Boolean)
    .sort((a: any, b: any) =>
      String(b.created_at).localeCompare(String(a.created_at))
    )
  res.json({
    product_id: product.id,
    producer: product.producer ?? null,
    current: certifications.find((c: any) => isCurrentStatus(c.status)) ?? null,
    certifications,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAttachCertificationType>,
  res: MedusaResponse
) => {
  const { result } = await attachCertificationWorkflow(req.scope).run({
    input: { product_id: req.params.id, certification: req.validatedBody },
  })
  res
    .status(201)
    .json({ certification: await retrieveCertification(req.scope, result.id) })
}
