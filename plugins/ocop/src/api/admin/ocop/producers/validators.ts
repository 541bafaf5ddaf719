import { z } from "@medusajs/framework/zod"
import { PRODUCER_TYPES } from "../../../../modules/ocop/rules/producer-types"
import { listParam } from "../../../utils/list-param"
import { HttpsUrl } from "../../../shared/validators/url"

const text = (max: number) => z.string().trim().min(1).max(max)
const producerFields = {
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: "handle must be lower-case words joined by hyphens",
    })
    .max(120),
  name: text(300),
  type: z.enum(PRODUCER_TYPES).nullable(),
  registration_number: text(50).nullable(),
  address: text(500).nullable(),
  commune_code: z
    .string()
    .regex(/^\d{5}$/, {
      message: "commune_code must be a five-digit 2025 commune code",
    })
    .nullable(),
  province_code: z
    .string()
    .regex(/^\d{2}$/, {
      message: "province_code must be a two-digit province code",
    })
    .nullable(),
  email: z.string().email().max(200).nullable(),
  phone: z
    .string()
    .regex(/^\+?[0-9 .()-]{8,20}$/, { message: "phone must be a phone number" })
    .nullable(),
  website: HttpsUrl("website", 300).nullable(),
  story: z.string().trim().max(5000).nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
}

export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export const AdminCreateProducer = z
  .object({
    ...producerFields,
    handle: producerFields.handle.optional(),
    type: producerFields.type.optional(),
    registration_number: producerFields.registration_number.optional(),
    address: producerFields.address.optional(),
    commune_code: producerFields.commune_code.optional(),
    province_code: producerFields.province_code.optional(),
    email: producerFields.email.optional(),
    phone: producerFields.phone.optional(),
    website: producerFields.website.optional(),
    story: producerFields.story.optional(),
    metadata: producerFields.metadata.optional(),
  })
  .strict()

export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>
export const AdminUpdateProducer = z.object(producerFields).partial().strict()

export type AdminGetProducersParamsType = z.infer<
  typeof AdminGetProducersParams
>
export const AdminGetProducersParams = z
  .object({
    q: z.string().trim().max(200).optional(),
    id: listParam(z.string()),
    type: listParam(z.enum(PRODUCER_TYPES)),
    province_code: listParam(
      z.string().regex(/^\d{2}$/, {
        message: "province_code must be a two-digit province code",
      })
    ),
    commune_code: listParam(
      z.string().regex(/^\d{5}$/, {
        message: "commune_code must be a five-digit 2025 commune code",
      })
    ),
    fields: z.string().optional(),
    order: z.enum(["name", "-name", "created_at", "-created_at"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGetProducerParamsType = z.infer<typeof AdminGetProducerParams>
export const AdminGetProducerParams = z
  .object({ fields: z.string().optional() })
  .strict()
