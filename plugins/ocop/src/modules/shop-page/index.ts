import { Module } from "@medusajs/framework/utils"
import ShopPageModuleService from "./service"

export const SHOP_PAGE_MODULE = "ocop_shop_page"

export default Module(SHOP_PAGE_MODULE, {
  service: ShopPageModuleService,
})

export { ShopPageModuleService }
export { SHOP_PAGE_SLUGS, type ShopPageSlug } from "./rules/shop-page-slugs"
