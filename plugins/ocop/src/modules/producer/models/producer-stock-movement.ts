import { model } from "@medusajs/framework/utils"

/**
 * One line of a producer's stock ledger: every change of what it declares it can ship
 * from its own premises, who made it, why, and the stocked quantity before and after.
 * Self-contained (ids as text, no relation).
 */
export const ProducerStockMovement = model
  .define(
    { name: "ProducerStockMovement", tableName: "ocop_producer_stock_movement" },
    {
      id: model.id({ prefix: "ocpsm" }).primaryKey(),
      producer_id: model.text(),
      stock_location_id: model.text(),
      inventory_item_id: model.text(),
      variant_id: model.text().nullable(),
      // The producer's own words: a new count, goods made, damaged, sold elsewhere…
      reason: model.text(),
      quantity: model.number(),
      quantity_before: model.number(),
      quantity_after: model.number(),
      member_id: model.text().nullable(),
      member_email: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["producer_id", "created_at"] },
    { on: ["producer_id", "variant_id"] },
  ])
