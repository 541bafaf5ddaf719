import { PAGE_SIZE, toApiQuery, type CatalogQuery } from "~/lib/catalog-query"
import type { CatalogSource } from "~/lib/catalog.server"
import {
  searchOcopProducts,
  type OcopSearchHit,
  type OcopSearchResult,
} from "~/lib/data/ocop-search.server"
import type { Locale } from "~/lib/i18n"
import type { OcopProduct, OcopProductList } from "~/lib/ocop-types"
import { searchOrders } from "./search-orders"

type SearchList = Pick<
  OcopProductList,
  "products" | "count" | "limit" | "facets"
> &
  Pick<OcopSearchResult, "match" | "corrected_q"> & {
    /** When nothing matched: the products the API offers as near matches. */
    near: OcopProduct[]
  }

/**
 * A search hit drawn as a product card. The search document carries what the card's
 * badge shows (stars, status, year, end date), not the whole certificate: nothing is
 * made up, the rest stays unknown (null or empty). Buyers' ratings and units sold
 * are not in the search document yet: the card shows none rather than a wrong one.
 */
export function searchHitToProduct(hit: OcopSearchHit): OcopProduct {
  return {
    id: hit.id,
    handle: hit.handle,
    title: hit.title,
    subtitle: null,
    thumbnail: hit.thumbnail,
    price_vnd: hit.price_vnd,
    is_ocop: hit.is_ocop,
    ocop: {
      certification_id: "",
      stars: hit.stars,
      score: null,
      status: hit.certification_status,
      category: { set: null, sector: null, name: null },
      decision_number: null,
      decision_date: null,
      recognized_year: hit.recognized_year,
      issuing_body: null,
      issuing_level: null,
      legal_framework: null,
      valid_from: null,
      valid_until: hit.valid_until,
    },
    producer: hit.producer?.name
      ? {
          id: hit.producer.id,
          handle: hit.producer.handle ?? hit.producer.id,
          name: hit.producer.name,
          type: null,
        }
      : null,
    rating: { average: null, count: 0 },
    sold: 0,
    origin: {
      commune_code: hit.origin.commune_code,
      commune_name: hit.origin.commune_name,
      province_code: hit.origin.province_code,
      province_name: hit.origin.province_name ?? "",
      address_as_certified: null,
      note: null,
    },
  }
}

const noFacets: OcopProductList["facets"] = {
  stars: [],
  province: [],
  category: [],
  producer: [],
}

/**
 * The catalog page's source for /search. Near matches are not results: the page gets
 * none (count 0, no facet counts) and the near matches separately, to suggest them.
 */
export const searchSource: CatalogSource<SearchList> = {
  orders: searchOrders,
  status: false,
  async list(query: CatalogQuery, locale: Locale, pageSize = PAGE_SIZE) {
    const result = await searchOcopProducts(toApiQuery(query, pageSize), locale)
    const products = result.products.map(searchHitToProduct)
    if (result.match === "near")
      return {
        ...result,
        products: [],
        count: 0,
        facets: noFacets,
        near: products,
      }
    return { ...result, products, near: [] }
  },
}
