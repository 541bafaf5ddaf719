import { MedusaService } from "@medusajs/framework/utils"
import { ShopPage } from "./models/shop-page"

/** The shop's policy pages (returns, privacy, shipping, payment) as the office writes them. */
class ShopPageModuleService extends MedusaService({
  ShopPage,
}) {}

export default ShopPageModuleService
