import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SalesPointModule from "../modules/sales-point"

// A sales point keeps its stock at exactly one Medusa stock location.
export default defineLink(
  SalesPointModule.linkable.salesPoint,
  { linkable: StockLocationModule.linkable.stockLocation, deleteCascade: true },
  {
    // A fixed name: the stock and availability queries join this table directly.
    database: { table: "ocop_sales_point_stock_location" },
  }
)
