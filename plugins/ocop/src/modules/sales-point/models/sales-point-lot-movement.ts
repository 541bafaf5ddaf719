import { model } from "@medusajs/framework/utils"

/**
 * How many units of a lot one stock change took or gave back: the trace of a lot
 * from its receipt to the sales, returns, transfers and corrections that moved it.
 * A ledger line split over two lots has two of these.
 */
export const SalesPointLotMovement = model
  .define(
    {
      name: "SalesPointLotMovement",
      tableName: "ocop_sales_point_lot_movement",
    },
    {
      id: model.id({ prefix: "ocslm" }).primaryKey(),
      lot_id: model.text(),
      sales_point_id: model.text(),
      inventory_item_id: model.text(),
      // The ledger line; null when Medusa's inventory moved without one (an online
      // order fulfilled from the point, a level edited in Admin: "reconcile").
      movement_id: model.text().nullable(),
      kind: model.enum([
        "receive",
        "adjust",
        "transfer_out",
        "transfer_in",
        "sale",
        "return",
        "reconcile",
      ]),
      // Signed units of the inventory item: negative when they left the lot.
      quantity: model.number(),
      // The order, transfer or producer of the ledger line.
      reference: model.text().nullable(),
    }
  )
  .indexes([{ on: ["lot_id"] }, { on: ["reference"] }])
