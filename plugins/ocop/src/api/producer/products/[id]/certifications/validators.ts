import { z } from "@medusajs/framework/zod"
import { certificationFields } from "../../../../shared/validators/certification"
import { UploadedFileUrl } from "../../../../shared/validators/url"
import { SCAN_KINDS } from "../../../../shared/validators/file-kinds"

/** A certificate a producer submits for one of its listings; the office reviews it. */
export type ProducerSubmitCertificationType = z.infer<
  typeof ProducerSubmitCertification
>
export const ProducerSubmitCertification = z
  .object({
    stars: certificationFields.stars,
    score: z.number().min(0).max(100),
    category_set: certificationFields.category_set,
    decision_number: certificationFields.decision_number,
    decision_date: certificationFields.decision_date,
    issuing_body: certificationFields.issuing_body.optional(),
    issuing_level: certificationFields.issuing_level,
    valid_from: certificationFields.valid_from.optional(),
    valid_until: certificationFields.valid_until.optional(),
    certificate_number: certificationFields.certificate_number.optional(),
    certificate_scan_url: UploadedFileUrl("certificate_scan_url", SCAN_KINDS),
    origin_address: certificationFields.origin_address.optional(),
    origin_commune_code: certificationFields.origin_commune_code.optional(),
    origin_province_code: certificationFields.origin_province_code,
  })
  .strict()
