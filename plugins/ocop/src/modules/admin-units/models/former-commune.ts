import { model } from "@medusajs/framework/utils"

/**
 * A pre-July-2025 commune that merged (wholly or partly) into a current commune.
 * Certificates issued before the reform name these units, so they stay findable.
 */
export const FormerCommune = model
  .define(
    { name: "FormerCommune", tableName: "ocop_former_commune" },
    {
      id: model.id({ prefix: "ocfc" }).primaryKey(),
      commune_code: model.text(),
      old_code: model.text(),
      old_name: model.text(),
      merge: model.enum(["full", "partial"]),
      old_district_code: model.text().nullable(),
      old_district_name: model.text().nullable(),
      old_province_code: model.text().nullable(),
      old_province_name: model.text().nullable(),
    }
  )
  .indexes([{ on: ["commune_code"] }, { on: ["old_code"] }])
