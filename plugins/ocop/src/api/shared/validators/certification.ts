import { z } from "@medusajs/framework/zod"
import { UploadedFileUrl } from "./url"
import { SCAN_KINDS } from "./file-kinds"
import {
  ISSUING_LEVELS,
  LEGAL_FRAMEWORKS,
} from "../../../modules/certification/rules/legal-framework"

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
