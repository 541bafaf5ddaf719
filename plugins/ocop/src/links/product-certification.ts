import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

// A product keeps every certification it ever had; the catalog filters on this link.
export default defineLink(
  ProductModule.linkable.product,
  {
    linkable: CertificationModule.linkable.certification,
    isList: true,
    deleteCascade: true,
  },
  {
    // A fixed name: the catalog query joins this table directly.
    database: { table: "ocop_product_certification" },
  }
)
