import { z } from "@medusajs/framework/zod"
import { PRODUCER_TYPES } from "../../../modules/producer/rules/producer-types"
import { HttpsUrl } from "./url"

const text = (max: number) => z.string().trim().min(1).max(max)
/** A producer's fields as the office records them; the producer portal edits a subset. */
export const producerFields = {
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
