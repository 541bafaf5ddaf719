import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

// Many products to one producer; the catalog filters and facets on this link.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProducerModule.linkable.producer,
  // A fixed name: the catalog query joins this table directly.
  { database: { table: "ocop_product_producer" } }
)
