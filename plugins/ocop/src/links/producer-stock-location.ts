import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// A producer ships what it declares from one Medusa stock location at its premises.
export default defineLink(
  ProducerModule.linkable.producer,
  { linkable: StockLocationModule.linkable.stockLocation, deleteCascade: true },
  {
    // A fixed name, as for sales points: stock queries may join it in SQL.
    database: { table: "ocop_producer_stock_location" },
  }
)
