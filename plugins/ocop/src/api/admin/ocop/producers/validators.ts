import { z } from "@medusajs/framework/zod"
import { PRODUCER_TYPES } from "../../../../modules/producer/rules/producer-types"
import { listParam } from "../../../shared/validators/list-param"
import { producerFields } from "../../../shared/validators/producer"

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
