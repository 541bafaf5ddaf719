import type { Locale } from "../i18n"
import { localeHeaders, sdk } from "../medusa.server"
import type { OcopShopPage } from "../ocop-types"
import { nullOn404 } from "./not-found.server"

/** GET /store/ocop/shop-pages/:slug in the page's language, or null when the shop has no such page. */
export async function getShopPage(slug: string, locale: Locale): Promise<OcopShopPage | null> {
  return nullOn404(async () => {
    const { shop_page } = await sdk.client.fetch<{ shop_page: OcopShopPage }>(
      `/store/ocop/shop-pages/${encodeURIComponent(slug)}`,
      { headers: localeHeaders(locale) }
    )
    return shop_page
  })
}
