import { z } from "@medusajs/framework/zod"
import {
  ISSUING_LEVELS,
  LEGAL_FRAMEWORKS,
} from "../../../../modules/ocop/rules/legal-framework"
import { CERTIFICATION_STATUSES } from "../../../../modules/ocop/rules/review"
import { listParam } from "../../../utils/list-param"
import { UploadedFileUrl } from "../../../shared/validators/url"
import { SCAN_KINDS } from "../../../shared/validators/file-kinds"

// Dates arrive as ISO strings ("2024-06-04"); an impossible date is a 400 naming the field.
const date = (field: string) =>
  z.coerce.date({ message: `${field} must be a date (YYYY-MM-DD)` })

/** Fields of a certification as the office records them (shape and ranges only; rules spanning fields run in the workflow). */
export const certificationFields = {
  stars: z.number().int().min(1).max(5),
  score: z.number().min(0).max(100).nullable(),
  category_set: z
    .string()
    .regex(/^\d{1,2}$/, { message: "category_set must be a set code 01–26" }),
  decision_number: z.string().trim().min(1).max(100),
  decision_date: date("decision_date"),
  recognized_year: z.number().int().min(2018).max(2100).nullable(),
  issuing_body: z.string().trim().min(1).max(200).nullable(),
  issuing_level: z.enum(ISSUING_LEVELS),
  legal_framework: z.enum(LEGAL_FRAMEWORKS).nullable(),
  evaluation_type: z.enum(["new", "upgrade", "re-evaluation"]).nullable(),
  valid_from: date("valid_from").nullable(),
  valid_until: date("valid_until").nullable(),
  certificate_number: z.string().trim().min(1).max(100).nullable(),
  certificate_scan_url: UploadedFileUrl("certificate_scan_url", SCAN_KINDS).nullable(),
  origin_address: z.string().trim().min(1).max(500).nullable(),
  origin_commune_code: z
    .string()
    .regex(/^\d{5}$/, {
      message: "origin_commune_code must be a five-digit 2025 commune code",
    })
    .nullable(),
  origin_province_code: z.string().regex(/^\d{2}$/, {
    message: "origin_province_code must be a two-digit province code",
  }),
  origin_note: z.string().trim().max(1000).nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
}

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
