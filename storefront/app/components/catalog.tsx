import { Form, Link, useNavigation, useSubmit } from "@remix-run/react"
import type { ChangeEvent, ReactNode } from "react"
import { catalogHref, PAGE_SIZE, sortOrders, type CatalogQuery, type SortOrder } from "~/lib/catalog-query"
import type { CatalogData } from "~/lib/catalog.server"
import { formatVnd } from "~/lib/format"
import { useLocale, useT, type MessageKey } from "~/lib/i18n"
import { ProductGrid } from "./product-card"
import { useWideDisclosure } from "./ui/wide-disclosure"
import { StarRating } from "./ui/star-rating"

type Props = {
  data: CatalogData
  /** Where the filter form submits: /products, /categories/08, /provinces/91. */
  pathname: string
  /** Filters fixed by the page itself, not offered in the form. */
  fixed?: { category?: boolean; province?: boolean }
  /** The orders offered, when the source knows fewer than the catalog (search); labels may be renamed. */
  orders?: readonly SortOrder[]
  orderLabels?: Partial<Record<SortOrder, MessageKey>>
  /** False when the source cannot filter by certificate status (search). */
  statusFilter?: boolean
  /** Shown instead of the default "nothing matches these filters" when there are no products. */
  empty?: ReactNode
  /** Where "clear filters" leads, when the page keeps something (the searched text). */
  clearHref?: string
}

/** Filters (a plain GET form, submitted on change when JavaScript runs), results and paging. */
export function Catalog({ data, pathname, fixed = {}, orders = sortOrders, orderLabels = {}, statusFilter = true, empty, clearHref = pathname }: Props) {
  const t = useT()
  const locale = useLocale()
  const submit = useSubmit()
  const navigation = useNavigation()
  const { query } = data
  const busy = navigation.state === "loading" && navigation.location?.pathname === pathname
  const pages = Math.max(1, Math.ceil(data.count / PAGE_SIZE))

  // Menus and ticks apply at once; typed text waits for Enter or "Áp dụng".
  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const target = event.target as unknown as HTMLInputElement | HTMLSelectElement
    if (target.type === "text" || target.type === "search" || target.type === "number") return
    const form = event.currentTarget
    if (target.name === "province") {
      const commune = form.elements.namedItem("commune") as HTMLSelectElement | null
      if (commune) commune.value = ""
    }
    submitClean(form)
  }

  // Empty fields stay out of the URL so links are short and shareable.
  function submitClean(form: HTMLFormElement) {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== "string" || value === "" || (name === "order" && value === "recommended")) continue
      params.append(name, value)
    }
    submit(params, { method: "get", action: pathname, preventScrollReset: true })
  }

  // Links leave out what the path already says (/provinces/91, /categories/08).
  const linkQuery: CatalogQuery = {
    ...query,
    province: fixed.province ? undefined : query.province,
    category: fixed.category ? undefined : query.category,
  }
  const chips = activeFilters(pathname, linkQuery, data, locale, t)
  const drawer = useWideDisclosure("(min-width: 861px)", pathname)

  return (
    <div className="catalog">
      {/* On a phone the filters fold behind one button, so the products come first;
          a <details> opens without JavaScript. Wider screens always show them. */}
      <details className="filters-drawer" ref={drawer}>
        <summary className="button button--ghost filters-drawer__button">
          {chips.length ? t("catalog.filtersButtonCount", { count: chips.length }) : t("catalog.filtersButton")}
        </summary>
      <Form method="get" action={pathname} id="filters"
        className="filters"
        onChange={onChange}
        onSubmit={(event) => {
          event.preventDefault()
          submitClean(event.currentTarget)
        }} aria-label={t("catalog.filters")}>
        <h2 className="visually-hidden">{t("catalog.filters")}</h2>
        <div className="field">
          <label htmlFor="filter-q">{t("catalog.search")}</label>
          <input id="filter-q" type="search" name="q" defaultValue={query.q ?? ""} key={query.q ?? ""} />
        </div>

        <fieldset>
          <legend>{t("catalog.stars")}</legend>
          {data.stars.map((s) => (
            <label className="choice" key={s.value}>
              <input type="checkbox" name="stars" value={s.value} defaultChecked={query.stars.includes(s.value)} key={`${s.value}-${query.stars.includes(s.value)}`} />
              <StarRating stars={s.value} />
              <span className="count">({s.count})</span>
            </label>
          ))}
        </fieldset>

        {statusFilter ? (
          <fieldset>
            <legend>{t("catalog.status")}</legend>
            {(["all", "active", "expired"] as const).map((status) => (
              <label className="choice" key={status}>
                <input
                  type="radio"
                  name="status"
                  value={status === "all" ? "" : status}
                  defaultChecked={(query.status ?? "all") === status}
                  key={`${status}-${query.status ?? "all"}`}
                />
                <span>{t(`catalog.status.${status}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}

        {fixed.province ? null : (
          <div className="field">
            <label htmlFor="filter-province">{t("catalog.province")}</label>
            <select id="filter-province" name="province" defaultValue={query.province ?? ""} key={query.province ?? ""}>
              <option value="">{t("catalog.any")}</option>
              {data.provinces.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label} ({p.count})
                </option>
              ))}
            </select>
          </div>
        )}

        <div className="field">
          <label htmlFor="filter-commune">{t("catalog.commune")}</label>
          {data.communes.length ? (
            <select id="filter-commune" name="commune" defaultValue={query.commune ?? ""} key={`${query.province}-${query.commune ?? ""}`}>
              <option value="">{t("catalog.any")}</option>
              {data.communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          ) : (
            <p className="field-hint" id="filter-commune">
              {t("catalog.communeHint")}
            </p>
          )}
        </div>

        {fixed.category ? null : (
          <div className="field">
            <label htmlFor="filter-category">{t("catalog.category")}</label>
            <select id="filter-category" name="category" defaultValue={query.category ?? ""} key={query.category ?? ""}>
              <option value="">{t("catalog.any")}</option>
              {data.categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.value} · {c.label} ({c.count})
                </option>
              ))}
            </select>
          </div>
        )}

        <div className="field">
          <label htmlFor="filter-producer">{t("catalog.producer")}</label>
          <select id="filter-producer" name="producer" defaultValue={query.producer ?? ""} key={query.producer ?? ""}>
            <option value="">{t("catalog.any")}</option>
            {data.producers.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label} ({p.count})
              </option>
            ))}
          </select>
        </div>

        <fieldset>
          <legend>{t("catalog.price")}</legend>
          <div className="price-range">
            <div className="field">
              <label htmlFor="filter-min-price">{t("catalog.minPrice")}</label>
              <input id="filter-min-price" type="number" name="min_price" min={0} step={1000} inputMode="numeric" defaultValue={query.min_price ?? ""} key={`min-${query.min_price ?? ""}`} />
            </div>
            <div className="field">
              <label htmlFor="filter-max-price">{t("catalog.maxPrice")}</label>
              <input id="filter-max-price" type="number" name="max_price" min={0} step={1000} inputMode="numeric" defaultValue={query.max_price ?? ""} key={`max-${query.max_price ?? ""}`} />
            </div>
          </div>
        </fieldset>

        <div className="filters__actions">
          <button type="submit" className="button">
            {t("catalog.apply")}
          </button>
          <Link to={clearHref}>{t("catalog.clear")}</Link>
        </div>
      </Form>
      </details>

      <section className={busy ? "results results--busy" : "results"} aria-busy={busy} aria-labelledby="results-count">
        {/* The filters' heading is inside the drawer, closed on a phone: the cards' h3 need an h2 of their own. */}
        <h2 className="visually-hidden">{t("nav.products")}</h2>
        {data.ignored.length ? (
          <p className="alert alert--warn" role="status">
            {t("catalog.ignored", { fields: data.ignored.join(", ") })}
          </p>
        ) : null}
        <div className="results__bar">
          <p id="results-count" role="status" aria-live="polite">
            <strong>{t("catalog.count", { count: data.count })}</strong>
            {busy ? <span className="visually-hidden"> · {t("common.loading")}</span> : null}
          </p>
          <div className="field">
            <label htmlFor="filter-order">{t("catalog.sort")}</label>
            <select
              id="filter-order"
              name="order"
              form="filters"
              defaultValue={query.order}
              key={query.order}
              onChange={(e) => e.currentTarget.form && submitClean(e.currentTarget.form)}
            >
              {orders.map((o) => (
                <option key={o} value={o}>
                  {t(orderLabels[o] ?? (`catalog.sort.${o}` as MessageKey))}
                </option>
              ))}
            </select>
          </div>
        </div>

        {chips.length ? (
          <ul className="chips" aria-label={t("catalog.activeFilters")}>
            {chips.map((c) => (
              <li key={c.key + c.label}>
                <Link to={c.href} className="chip" aria-label={t("catalog.removeFilter", { label: c.label })} preventScrollReset>
                  {c.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}

        {data.products.length ? (
          <ProductGrid products={data.products} leadsPage />
        ) : empty ? (
          empty
        ) : (
          <div className="empty">
            <p>
              <strong>{t("catalog.empty")}</strong>
            </p>
            <p>{t("catalog.emptyHint")}</p>
            <Link to={clearHref} className="button button--ghost">
              {t("catalog.clear")}
            </Link>
          </div>
        )}

        {pages > 1 ? <Pagination pathname={pathname} query={linkQuery} pages={pages} /> : null}
      </section>
    </div>
  )
}

function Pagination({ pathname, query, pages }: { pathname: string; query: CatalogQuery; pages: number }) {
  const t = useT()
  const href = (page: number) => catalogHref(pathname, query, { page })
  return (
    <nav className="pagination" aria-label={t("catalog.pagination")}>
      <ul>
        {query.page > 1 ? (
          <li>
            <Link to={href(query.page - 1)} rel="prev">
              ‹ <span className="visually-hidden">{t("catalog.prev")}</span>
            </Link>
          </li>
        ) : null}
        {Array.from({ length: pages }, (_, i) => i + 1).map((page) => (
          <li key={page}>
            <Link to={href(page)} aria-current={page === query.page ? "page" : undefined} aria-label={t("catalog.page", { page })}>
              {page}
            </Link>
          </li>
        ))}
        {query.page < pages ? (
          <li>
            <Link to={href(query.page + 1)} rel="next">
              › <span className="visually-hidden">{t("catalog.next")}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

type Chip = { key: string; label: string; href: string }

/** One removable chip per active filter. */
function activeFilters(
  pathname: string,
  query: CatalogQuery,
  data: CatalogData,
  locale: ReturnType<typeof useLocale>,
  t: ReturnType<typeof useT>
): Chip[] {
  const chips: Chip[] = []
  const without = (changes: Partial<CatalogQuery>) => catalogHref(pathname, query, changes)
  if (query.q) chips.push({ key: "q", label: `“${query.q}”`, href: without({ q: undefined }) })
  for (const stars of query.stars)
    chips.push({ key: "stars", label: t("catalog.starsAtLeast", { stars }), href: without({ stars: query.stars.filter((s) => s !== stars) }) })
  if (query.status) chips.push({ key: "status", label: t(`catalog.status.${query.status}`), href: without({ status: undefined }) })
  if (query.province)
    chips.push({
      key: "province",
      label: data.provinces.find((p) => p.value === query.province)?.label ?? query.province,
      href: without({ province: undefined, commune: undefined }),
    })
  if (query.commune)
    chips.push({ key: "commune", label: data.communes.find((c) => c.code === query.commune)?.name ?? query.commune, href: without({ commune: undefined }) })
  if (query.category)
    chips.push({ key: "category", label: `${query.category} · ${data.categoryName ?? query.category}`, href: without({ category: undefined }) })
  if (query.producer)
    chips.push({ key: "producer", label: data.producers.find((p) => p.value === query.producer)?.label ?? query.producer, href: without({ producer: undefined }) })
  if (query.min_price !== undefined || query.max_price !== undefined)
    chips.push({
      key: "price",
      label: t("catalog.priceRange", {
        min: query.min_price !== undefined ? formatVnd(query.min_price) : "…",
        max: query.max_price !== undefined ? formatVnd(query.max_price) : "…",
      }),
      href: without({ min_price: undefined, max_price: undefined }),
    })
  return chips
}
