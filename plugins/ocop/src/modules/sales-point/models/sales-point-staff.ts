import { model } from "@medusajs/framework/utils"
import { SalesPoint } from "./sales-point"

/**
 * A person who sells at one or more sales points: the `sales_point_staff` auth actor.
 * The office creates them with an email + password login.
 */
export const SalesPointStaff = model.define(
  { name: "SalesPointStaff", tableName: "ocop_sales_point_staff" },
  {
    id: model.id({ prefix: "ocss" }).primaryKey(),
    email: model.text().unique(),
    name: model.text().nullable(),
    auth_identity_id: model.text().nullable(),
    sales_points: model.manyToMany(() => SalesPoint, {
      mappedBy: "staff",
      pivotTable: "ocop_sales_point_staff_assignment",
      joinColumn: "sales_point_staff_id",
      inverseJoinColumn: "sales_point_id",
    }),
  }
)
