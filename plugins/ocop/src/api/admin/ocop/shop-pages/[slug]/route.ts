import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SHOP_PAGE_SLUGS } from "../../../../../modules/shop-page"
import { upsertShopPagesWorkflow } from "../../../../../workflows/shop-page/upsert-shop-pages"
import type { AdminUpdateShopPageType } from "../validators"

/** The office rewrites one policy page (its Vietnamese; the English is in Translations). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateShopPageType>,
  res: MedusaResponse
) => {
  const slug = req.params.slug
  if (!(SHOP_PAGE_SLUGS as readonly string[]).includes(slug)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `slug: the shop has no page "${slug}" (its pages are ${SHOP_PAGE_SLUGS.join(", ")})`
    )
  }
  const { result } = await upsertShopPagesWorkflow(req.scope).run({
    input: { pages: [{ slug, ...req.validatedBody }] },
  })
  res.json({ shop_page: result[0] })
}
