import { model } from "@medusajs/framework/utils"
import { SalesPointStaff } from "./sales-point-staff"

/**
 * An OCOP centre or sales point (Điểm giới thiệu và bán sản phẩm OCOP, 950/QĐ-BCT). Its
 * stock lives in Medusa's inventory at the stock location it is linked to; this row holds
 * what a shopper and the office need to know about the place.
 */
export const SalesPoint = model
  .define(
    { name: "SalesPoint", tableName: "ocop_sales_point" },
    {
      id: model.id({ prefix: "ocsp" }).primaryKey(),
      handle: model.text().unique(),
      kind: model.enum(["centre", "point"]).default("point"),
      // Address and hours are translatable (the Translation Module keeps their English):
      // "(địa chỉ minh họa)", "hằng ngày" are words, not names.
      address: model.text().translatable(),
      // 2025 unit codes: the commune inside the province.
      commune_code: model.text(),
      province_code: model.text(),
      opening_hours: model.text().translatable().nullable(),
      phone: model.text().nullable(),
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      operator: model.text().nullable(),
      opened_on: model.dateTime().nullable(),
      // Seeded places whose address, hours or phone are examples, not public records.
      is_illustrative: model.boolean().default(false),
      staff: model.manyToMany(() => SalesPointStaff, {
        mappedBy: "sales_points",
      }),
    }
  )
  .indexes([{ on: ["province_code"] }, { on: ["commune_code"] }])
