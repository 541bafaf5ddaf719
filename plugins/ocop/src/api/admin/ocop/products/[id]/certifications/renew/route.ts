import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { isCurrentStatus } from "../../../../../../../modules/certification/rules/review"
import { attachCertificationWorkflow } from "../../../../../../../workflows/certification/attach-certification"
import { retrieveCertification } from "../../../../certifications/helpers"
import type { AdminRenewCertificationType } from "../../../../certifications/validators"

// What a re-evaluation keeps from the certificate it replaces, unless the new decision says otherwise.
const CARRIED_OVER = [
  "stars",
  "score",
  "category_set",
  "category_sector",
  "issuing_body",
  "issuing_level",
  "origin_address",
  "origin_commune_code",
  "origin_province_code",
  "origin_note",
] as const

/** Records a re-evaluation (đánh giá lại): a new decision that supersedes the current certificate. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRenewCertificationType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      ...CARRIED_OVER.map((f) => `certifications.${f}`),
      "certifications.status",
    ],
    filters: { id: req.params.id },
  })
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id "${req.params.id}" was not found`
    )
  }
  const current = (product.certifications ?? []).find(
    (c: any) => c && isCurrentStatus(c.status)
  )
  if (!current) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "product_id: the product has no certification to renew; attach one instead"
    )
  }
  const carried = Object.fromEntries(CARRIED_OVER.map((f) => [f, current[f]]))
  // Stars may change on re-evaluation; the old score only stands when the stars do not.
  if (
    req.validatedBody.stars &&
    req.validatedBody.stars !== current.stars &&
    req.validatedBody.score === undefined
  ) {
    carried.score = null
  }
  const { result } = await attachCertificationWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      certification: {
        ...carried,
        evaluation_type: "re-evaluation",
        ...req.validatedBody,
      } as any,
    },
  })
  res
    .status(201)
    .json({ certification: await retrieveCertification(req.scope, result.id) })
}
