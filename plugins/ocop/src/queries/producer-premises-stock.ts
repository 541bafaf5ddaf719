import type { Knex } from "@mikro-orm/postgresql"

/**
 * Every stock-managed pack of the producer with what its premises hold (zero when it
 * never declared any): the portal's declaration form lists them all. Scoped to the
 * producer in SQL through the link tables, like the catalog (decision 002).
 */
export async function producerPremisesStock(knex: Knex, producerId: string) {
  const location = await knex
    .first("psl.stock_location_id as id", "sl.name")
    .from("ocop_producer_stock_location as psl")
    .join("stock_location as sl", "sl.id", "psl.stock_location_id")
    .where("psl.producer_id", producerId)
    .whereNull("psl.deleted_at")
  const rows = await knex
    .select(
      "p.title as product_title",
      "v.id as variant_id",
      "v.title as variant_title",
      "v.sku",
      knex.raw("coalesce(il.stocked_quantity, 0)::int as stocked_quantity"),
      knex.raw("coalesce(il.reserved_quantity, 0)::int as reserved_quantity")
    )
    .from("ocop_product_producer as pp")
    .join("product as p", "p.id", "pp.product_id")
    .join("product_variant as v", function () {
      this.on("v.product_id", "p.id").andOnNull("v.deleted_at")
    })
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "v.id").andOnNull("pvi.deleted_at")
    })
    .leftJoin("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id")
        .andOnNull("il.deleted_at")
        .andOn("il.location_id", knex.raw("?", [location?.id ?? ""]))
    })
    .where("pp.producer_id", producerId)
    .whereNull("pp.deleted_at")
    .whereNull("p.deleted_at")
    .where("v.manage_inventory", true)
    .orderBy(["p.title", "v.title"])
  return {
    location: location ? { id: location.id, name: location.name } : null,
    packs: rows.map((r: any) => ({
      ...r,
      available_quantity: r.stocked_quantity - r.reserved_quantity,
    })),
  }
}
