import { model } from "@medusajs/framework/utils"
import { ISSUING_LEVELS } from "../rules/legal-framework"
import { CERTIFICATION_STATUSES } from "../rules/review"

/**
 * One OCOP recognition of one product (a row of a Quyết định phê duyệt kết quả đánh
 * giá, phân hạng). A product keeps its history; the newest one is current and the
 * ones it replaced are "superseded". A producer's submission waits as
 * "pending_review" (or "rejected") beside the current one until the office approves it.
 */
export const Certification = model
  .define(
    { name: "Certification", tableName: "ocop_certification" },
    {
      id: model.id({ prefix: "occe" }).primaryKey(),
      stars: model.number(),
      score: model.float().nullable(),
      category_set: model.text().nullable(),
      category_sector: model.number(),
      decision_number: model.text().nullable(),
      decision_date: model.dateTime().nullable(),
      // Some public records give only the year of recognition.
      recognized_year: model.number().nullable(),
      issuing_body: model.text().nullable(),
      issuing_level: model.enum([...ISSUING_LEVELS]).nullable(),
      // Text, not enum: values such as "148+1489" are not valid GraphQL enum names, which
      // Medusa's module schema requires. The API and rules/legal-framework.ts restrict them.
      legal_framework: model.text().nullable(),
      evaluation_type: model.text().nullable(),
      valid_from: model.dateTime().nullable(),
      valid_until: model.dateTime().nullable(),
      status: model
        .enum([...CERTIFICATION_STATUSES])
        .default("active"),
      status_reason: model.text().nullable(),
      certificate_number: model.text().nullable(),
      certificate_scan_url: model.text().nullable(),
      // Origin exactly as the decision wrote it (pre-reform names are never rewritten)
      // beside the current 2025 unit used for filtering.
      origin_address: model.text().nullable(),
      origin_commune_code: model.text().nullable(),
      origin_province_code: model.text(),
      origin_note: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { on: ["status"] },
    { on: ["stars"] },
    { on: ["origin_province_code"] },
    { on: ["origin_commune_code"] },
    { on: ["category_set"] },
  ])
