import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  SHOP_PAGE_MODULE,
  SHOP_PAGE_SLUGS,
} from "../../../../modules/shop-page"
import type ShopPageModuleService from "../../../../modules/shop-page/service"

/**
 * The four policy pages in the footer's order, each with what it says now (an empty
 * title and body for one never written: the shop then shows no such page).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const pages = await req.scope
    .resolve<ShopPageModuleService>(SHOP_PAGE_MODULE)
    .listShopPages({ slug: [...SHOP_PAGE_SLUGS] })
  const bySlug = new Map(pages.map((p) => [p.slug, p]))
  res.json({
    shop_pages: SHOP_PAGE_SLUGS.map((slug) => {
      const page = bySlug.get(slug)
      return {
        slug,
        id: page?.id ?? null,
        title: page?.title ?? "",
        body: page?.body ?? "",
        updated_at: page?.updated_at ?? null,
      }
    }),
  })
}
