import {
  json,
  redirect,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { Catalog } from "~/components/catalog"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ProductGrid } from "~/components/product-card"
import { catalogHref, type CatalogQuery } from "~/lib/catalog-query"
import { loadCatalogFrom } from "~/lib/catalog.server"
import { getCatalogOverview } from "~/lib/data/ocop-products.server"
import { loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { categorySetName } from "~/lib/ocop"
import type { OcopProduct } from "~/lib/ocop-types"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { searchOrders } from "./search-orders"
import { searchSource } from "./search-source.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopCatalogMessageLoaders } from "~/lib/messages/shop-catalog/lazy"

await loadMessages(shopCatalogMessageLoaders)

// Six fill whole rows both in the two-column (phone) and three-column (desktop) grid.
const NEAR_SHOWN = 6
const GROUPS_SHOWN = 4

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  // Nothing typed: the catalog is the honest answer, with whatever filters came along.
  if (!url.searchParams.get("q")?.trim()) {
    url.searchParams.delete("q")
    const rest = url.searchParams.toString()
    throw redirect(rest ? `/products?${rest}` : "/products")
  }
  const locale = await getLocale(request)
  const { data: catalog, list } = await loadCatalogFrom(searchSource, url, locale)
  // Already loaded (and cached) for the filter menus.
  const overview = await getCatalogOverview()
  const groups = [...overview.facets.category]
    .sort((a, b) => b.count - a.count)
    .slice(0, GROUPS_SHOWN)
    .map((c) => ({ value: String(c.value), label: categorySetName(String(c.value), locale, c.label), count: c.count }))
  return json({
    locale,
    url: `${publicOrigin()}/search`,
    catalog,
    match: list.match,
    corrected: list.corrected_q ?? null,
    near: list.near.slice(0, NEAR_SHOWN),
    groups,
  })
}

export default function SearchRoute() {
  const { catalog, match, corrected, near, groups } =
    useLoaderData<typeof loader>()
  const t = useT()
  const q = catalog.query.q ?? ""
  const textOnly = catalogHref("/search", {
    q,
    stars: [],
    order: "recommended",
    page: 1,
  })
  return (
    <div className="container search-page">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={t("search.label")} />
      <header className="page-head">
        <h1>{t("search.title", { q })}</h1>
        {match === "typo" ? (
          <p className="alert alert--warn search-notice" role="status">
            {corrected
              ? t("search.typoCorrected", { q, corrected })
              : t("search.typoNotice", { q })}
          </p>
        ) : null}
      </header>
      <Catalog
        data={catalog}
        pathname="/search"
        orders={searchOrders}
        orderLabels={{ recommended: "search.sort.recommended" }}
        statusFilter={false}
        clearHref={textOnly}
        empty={
          <NoResults
            query={catalog.query}
            textOnly={textOnly}
            near={near}
            groups={groups}
          />
        }
      />
    </div>
  )
}

type Group = { value: string; label: string; count: number }

/** Never a blank page: what went wrong, near matches from the API, and the largest product groups to browse. */
function NoResults({
  query,
  textOnly,
  near,
  groups,
}: {
  query: CatalogQuery
  textOnly: string
  near: OcopProduct[]
  groups: Group[]
}) {
  const t = useT()
  const locale = useLocale()
  const q = query.q ?? ""
  const filtered = Boolean(
    query.stars.length ||
    query.province ||
    query.commune ||
    query.category ||
    query.producer ||
    query.min_price !== undefined ||
    query.max_price !== undefined
  )
  return (
    <div className="empty search-empty">
      <p>
        <strong>
          {t(filtered ? "search.noResultsFiltered" : "search.noResults", { q })}
        </strong>
      </p>
      <p>{t("search.noResultsHint")}</p>
      {filtered ? (
        <p>
          <Link to={textOnly}>{t("search.clearFilters", { q })}</Link>
        </p>
      ) : null}
      {near.length ? (
        <section
          className="search-empty__section"
          aria-labelledby="search-near-title"
        >
          <h2 id="search-near-title">{t("search.nearTitle")}</h2>
          <ProductGrid products={near} />
        </section>
      ) : null}
      {groups.length ? (
        <section
          className="search-empty__section"
          aria-labelledby="search-groups-title"
        >
          <h2 id="search-groups-title">{t("search.groupsTitle")}</h2>
          <ul className="search-empty__groups">
            {groups.map((c) => (
              <li key={c.value}>
                <Link to={`/categories/${c.value}`}>
                  {c.label}
                </Link>{" "}
                <span className="count">
                  ({t("search.groupsCount", { count: c.count })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Link to="/products" className="button button--ghost">
        {t("search.browseAll")}
      </Link>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  const q = data?.catalog.query.q ?? ""
  // Result pages are endless variations of the catalog: keep them out of search engines.
  return seo({
    title: `${t("search.metaTitle", { q })} · OCOP Market`,
    description: t("search.metaDescription", { q }),
    url: data?.url,
    locale,
    noindex: true,
  })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
