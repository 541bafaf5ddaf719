import { model } from "@medusajs/framework/utils"

/**
 * A commune-level unit (xã / phường / đặc khu) of the July 2025 scheme. The code is
 * the official one; it may equal the code an absorbed predecessor had before.
 */
export const Commune = model
  .define(
    { name: "Commune", tableName: "ocop_commune" },
    {
      code: model.text().primaryKey(),
      name: model.text().searchable(),
      type: model.enum(["xa", "phuong", "dac_khu"]),
      province_code: model.text(),
      // Folded (no diacritics, lower case) new name, former names and districts, so a
      // shopper typing "chau phong" or "tan chau" finds the unit.
      search_text: model.text(),
      // The folded name alone, to rank a unit's own name above matches on former names.
      name_folded: model.text(),
    }
  )
  .indexes([{ on: ["province_code"] }])
