import { model } from "@medusajs/framework/utils"

/** A province-level unit of the July 2025 scheme (34 tỉnh / thành phố). */
export const Province = model.define(
  { name: "Province", tableName: "ocop_province" },
  {
    code: model.text().primaryKey(),
    name: model.text().searchable(),
    type: model.enum(["tinh", "thanh_pho"]),
  }
)
