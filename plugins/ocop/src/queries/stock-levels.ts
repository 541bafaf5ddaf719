import type { Knex } from "@mikro-orm/postgresql"

/**
 * Inventory levels with their variant and product, none deleted: the one stock table
 * the producer's inventory and a sales point's stock both read. Callers add their
 * scope (a producer's products, one location), columns and order.
 */
export function stockLevels(knex: Knex) {
  return knex
    .from("inventory_level as il")
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.inventory_item_id", "il.inventory_item_id").andOnNull(
        "pvi.deleted_at"
      )
    })
    .join("product_variant as v", function () {
      this.on("v.id", "pvi.variant_id").andOnNull("v.deleted_at")
    })
    .join("product as p", function () {
      this.on("p.id", "v.product_id").andOnNull("p.deleted_at")
    })
    .whereNull("il.deleted_at")
}

/** The columns every stock row has: product, variant and the two counts as integers. */
export const stockLevelColumns = (knex: Knex) => [
  "p.id as product_id",
  "p.title as product_title",
  "v.id as variant_id",
  "v.title as variant_title",
  "v.sku",
  knex.raw("il.stocked_quantity::int as stocked_quantity"),
  knex.raw("il.reserved_quantity::int as reserved_quantity"),
]
