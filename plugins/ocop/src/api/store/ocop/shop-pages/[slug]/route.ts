import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SHOP_PAGE_MODULE } from "../../../../../modules/shop-page"
import type ShopPageModuleService from "../../../../../modules/shop-page/service"
import { translateResponse } from "../../../translate-response"

/** One of the shop's policy pages, in the request's language when it has a translation. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const [page] = await req.scope
    .resolve<ShopPageModuleService>(SHOP_PAGE_MODULE)
    .listShopPages({ slug: req.params.slug }, { take: 1 })
  if (!page) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The shop has no page "${req.params.slug}"`
    )
  }
  await translateResponse(req, [page])
  res.json({
    shop_page: {
      slug: page.slug,
      title: page.title,
      body: page.body,
      updated_at: page.updated_at,
    },
  })
}
