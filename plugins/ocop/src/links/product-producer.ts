import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// Many products to one producer; the catalog filters and facets on this link.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OcopModule.linkable.producer,
  // A fixed name: the catalog query joins this table directly.
  { database: { table: "ocop_product_producer" } }
)
