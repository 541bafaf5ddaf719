import { z } from "@medusajs/framework/zod"
import { CERTIFICATION_STATUSES } from "../../../../modules/certification/rules/review"
import { listParam } from "../../../shared/validators/list-param"
import { certificationFields } from "../../../shared/validators/certification"

const optionalFields = {
  score: certificationFields.score.optional(),
  recognized_year: certificationFields.recognized_year.optional(),
  issuing_body: certificationFields.issuing_body.optional(),
  legal_framework: certificationFields.legal_framework.optional(),
  evaluation_type: certificationFields.evaluation_type.optional(),
  valid_from: certificationFields.valid_from.optional(),
  valid_until: certificationFields.valid_until.optional(),
  certificate_number: certificationFields.certificate_number.optional(),
  certificate_scan_url: certificationFields.certificate_scan_url.optional(),
  origin_address: certificationFields.origin_address.optional(),
  origin_commune_code: certificationFields.origin_commune_code.optional(),
  origin_note: certificationFields.origin_note.optional(),
  metadata: certificationFields.metadata.optional(),
}

/** A new certification for a product: what a decision always states is required. */
export type AdminAttachCertificationType = z.infer<
  typeof AdminAttachCertification
>
export const AdminAttachCertification = z
  .object({ ...certificationFields, ...optionalFields })
  .strict()

/** POST /admin/ocop/certifications: the same with the product named in the body. */
export type AdminCreateCertificationType = z.infer<
  typeof AdminCreateCertification
>
export const AdminCreateCertification = AdminAttachCertification.extend({
  product_id: z.string().min(1).max(100),
}).strict()

/** Re-evaluation: the new decision; what is left out is carried over from the current certificate. */
export type AdminRenewCertificationType = z.infer<
  typeof AdminRenewCertification
>
export const AdminRenewCertification = z
  .object({
    ...certificationFields,
    ...optionalFields,
    stars: certificationFields.stars.optional(),
    category_set: certificationFields.category_set.optional(),
    issuing_level: certificationFields.issuing_level.optional(),
    origin_province_code: certificationFields.origin_province_code.optional(),
  })
  .strict()

export type AdminUpdateCertificationType = z.infer<
  typeof AdminUpdateCertification
>
export const AdminUpdateCertification = z
  .object(certificationFields)
  .partial()
  .strict()

export type AdminRevokeCertificationType = z.infer<
  typeof AdminRevokeCertification
>
export const AdminRevokeCertification = z
  .object({ reason: z.string().trim().min(3).max(1000) })
  .strict()

export type AdminGetCertificationsParamsType = z.infer<
  typeof AdminGetCertificationsParams
>
export const AdminGetCertificationsParams = z
  .object({
    id: listParam(z.string()),
    status: listParam(z.enum(CERTIFICATION_STATUSES)),
    stars: listParam(z.coerce.number().int().min(1).max(5)),
    origin_province_code: listParam(
      z.string().regex(/^\d{2}$/, {
        message: "origin_province_code must be a two-digit province code",
      })
    ),
    fields: z.string().optional(),
    order: z
      .enum([
        "valid_until",
        "-valid_until",
        "created_at",
        "-created_at",
        "stars",
        "-stars",
      ])
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminGetCertificationParams = z
  .object({ fields: z.string().optional() })
  .strict()
