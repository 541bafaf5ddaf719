import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExperienceModule from "../modules/experience"

// One experience's details per product; the store lists experiences through this link.
export default defineLink(
  ProductModule.linkable.product,
  { linkable: ExperienceModule.linkable.experience, deleteCascade: true },
  // A fixed name, like the other OCOP links, so queries can join it directly.
  { database: { table: "ocop_product_experience" } }
)
