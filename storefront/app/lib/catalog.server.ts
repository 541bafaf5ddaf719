import { redirect } from "@remix-run/node"
import { catalogHref, parseCatalogQuery, toApiQuery, type CatalogQuery, type SortOrder } from "./catalog-query"
import { listCommunesOfProvince } from "./data/ocop-admin-units.server"
import { getCatalogOverview, listOcopProducts } from "./data/ocop-products.server"
import type { Locale } from "./i18n"
import { categorySetName } from "./ocop"
import type { Commune, Facet, OcopProductList } from "./ocop-types"

export type CatalogFixed = Partial<Pick<CatalogQuery, "category" | "province">>

/**
 * Where a catalog page gets its products. The catalog lists GET /store/ocop/products;
 * the search page plugs in the search route, which knows fewer orders and no status.
 */
export type CatalogSource<L extends Pick<OcopProductList, "products" | "count" | "limit" | "facets">> = {
  list: (query: CatalogQuery, locale: Locale, pageSize?: number) => Promise<L>
  orders?: readonly SortOrder[]
  status?: false
}

const catalogSource: CatalogSource<OcopProductList> = {
  list: (query, locale, pageSize) => listOcopProducts(toApiQuery(query, pageSize), locale),
}

/**
 * Everything a catalog page shows: the products for the URL's filters, facet counts,
 * the options of every filter menu and, once a province is chosen, its communes.
 */
export async function loadCatalog(url: URL, locale: Locale, fixed: CatalogFixed = {}) {
  return (await loadCatalogFrom(catalogSource, url, locale, fixed)).data
}

/** loadCatalog over another source; also hands back the source's own answer. */
export async function loadCatalogFrom<L extends Pick<OcopProductList, "products" | "count" | "limit" | "facets">>(
  source: CatalogSource<L>,
  url: URL,
  locale: Locale,
  fixed: CatalogFixed = {}
) {
  const { query, ignored } = parseCatalogQuery(url.searchParams)
  // A form sent without JavaScript carries every empty field: point at the short URL instead.
  const noisy = [...url.searchParams].some(([name, value]) => value === "" || (name === "order" && value === "recommended"))
  if (noisy && !ignored.length) throw redirect(catalogHref(url.pathname, query, { page: query.page }))
  Object.assign(query, fixed)
  if (source.orders && !source.orders.includes(query.order)) {
    query.order = "recommended"
    ignored.push("order")
  }
  if (source.status === false && query.status) {
    delete query.status
    ignored.push("status")
  }

  const communes: Pick<Commune, "code" | "name">[] = query.province
    ? (await listCommunesOfProvince(query.province)).map(({ code, name }) => ({ code, name }))
    : []
  if (query.commune && !communes.some((c) => c.code === query.commune)) {
    delete query.commune
    ignored.push("commune")
  }

  const [list, overview, starsFacet] = await Promise.all([
    source.list(query, locale),
    getCatalogOverview(),
    // Star counts ignore the star filter itself, so unticked options still say what they would add.
    query.stars.length ? source.list({ ...query, stars: [], page: 1 }, locale, 1).then((r) => r.facets.stars) : null,
  ])

  const countOf = (facets: Facet[], value: string | number) =>
    facets.find((f) => String(f.value) === String(value))?.count ?? 0
  const options = (all: Facet[], current: Facet[]) =>
    all.map((f) => ({ value: String(f.value), label: f.label, count: countOf(current, f.value) }))

  const data = {
    query,
    ignored,
    products: list.products,
    count: list.count,
    limit: list.limit,
    stars: [5, 4, 3].map((value) => ({ value, count: countOf(starsFacet ?? list.facets.stars, value) })),
    provinces: options(overview.facets.province, list.facets.province),
    // Named here, in the page's language: the criteria taxonomy stays out of the browser's JavaScript.
    categories: options(overview.facets.category, list.facets.category).map((c) => ({ ...c, label: categorySetName(c.value, locale, c.label) })),
    categoryName: query.category ? categorySetName(query.category, locale) : null,
    producers: options(overview.facets.producer, list.facets.producer),
    communes,
  }
  return { data, list }
}

export type CatalogData = Awaited<ReturnType<typeof loadCatalog>>
