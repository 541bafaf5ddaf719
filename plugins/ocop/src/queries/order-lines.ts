import type { Knex } from "@mikro-orm/postgresql"

/**
 * Line items of placed orders (`li`, `oi`, `o`), each at its order's current
 * version: Medusa keeps one order_item row per version, so joining on the version
 * counts a line once. Draft orders are not sales.
 */
export function placedOrderLines(knex: Knex) {
  return knex
    .from("order_line_item as li")
    .join("order_item as oi", function () {
      this.on("oi.item_id", "li.id").andOnNull("oi.deleted_at")
    })
    .join("order as o", function () {
      this.on("o.id", "oi.order_id")
        .andOn("oi.version", "o.version")
        .andOnNull("o.deleted_at")
    })
    .whereNull("li.deleted_at")
    .where("o.is_draft_order", false)
}
