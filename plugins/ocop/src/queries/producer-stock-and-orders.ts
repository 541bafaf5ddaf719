import type { Knex } from "@mikro-orm/postgresql"

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
  const rows = await knex
    .select(
      "p.id as product_id",
      "p.title as product_title",
      "v.id as variant_id",
      "v.title as variant_title",
      "v.sku",
      "sl.id as location_id",
      "sl.name as location_name",
      knex.raw("il.stocked_quantity::int as stocked_quantity"),
      knex.raw("il.reserved_quantity::int as reserved_quantity")
    )
    .from("product as p")
    .join("product_variant as v", function () {
      this.on("v.product_id", "p.id").andOnNull("v.deleted_at")
    })
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "v.id").andOnNull("pvi.deleted_at")
    })
    .join("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id").andOnNull(
        "il.deleted_at"
      )
    })
    .join("stock_location as sl", "sl.id", "il.location_id")
    .whereIn("p.id", producerProducts(knex, producerId))
    .whereNull("p.deleted_at")
    .orderBy(["p.title", "v.title", "sl.name"])
  return rows.map((r: any) => ({
    ...r,
    available_quantity: r.stocked_quantity - r.reserved_quantity,
  }))
}
