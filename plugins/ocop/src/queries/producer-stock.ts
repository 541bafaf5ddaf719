import type { Knex } from "@mikro-orm/postgresql"
import { stockLevelColumns, stockLevels } from "./stock-levels"

// Like the catalog (decision 002), these read across modules through the link table
// ocop_product_producer, so every row is scoped to one producer in the database.
export const producerProducts = (knex: Knex, producerId: string) =>
  knex
    .select("pp.product_id")
    .from("ocop_product_producer as pp")
    .where("pp.producer_id", producerId)
    .whereNull("pp.deleted_at")

/** Stock of the producer's variants per stock location (sales point or warehouse). */
export async function producerStock(knex: Knex, producerId: string) {
  const rows = await stockLevels(knex)
    .select(
      ...stockLevelColumns(knex),
      "sl.id as location_id",
      "sl.name as location_name"
    )
    .join("stock_location as sl", "sl.id", "il.location_id")
    .whereIn("p.id", producerProducts(knex, producerId))
    .orderBy(["p.title", "v.title", "sl.name"])
  return rows.map((r: any) => ({
    ...r,
    available_quantity: r.stocked_quantity - r.reserved_quantity,
  }))
}
