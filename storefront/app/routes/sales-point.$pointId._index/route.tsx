import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { Pager } from "~/components/sales-point/pager"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { StockTable } from "~/components/ui/stock-table"
import { STOCK_SORTS, type StockSort } from "~/components/sales-point/stock-sorts"
import { listPointStock } from "~/lib/data/sales-point-api.server"
import { translator, useLocale, useT } from "~/lib/i18n"
import { categorySetName, isCategorySet } from "~/lib/ocop"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

const PAGE_SIZE = 25

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200)
  const lowOnly = url.searchParams.get("low") === "1"
  // Unknown values in a hand-edited URL fall back to "all" rather than to an error page.
  const set = url.searchParams.get("set") ?? ""
  const categorySet = isCategorySet(set) ? set : ""
  const producerId = (url.searchParams.get("producer") ?? "").trim().slice(0, 100)
  const sortParam = url.searchParams.get("sort") ?? ""
  const sort: StockSort = (STOCK_SORTS as readonly string[]).includes(sortParam) ? (sortParam as StockSort) : "low"
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1))
  const [locale, result] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) =>
      listPointStock(token, params.pointId!, {
        q,
        low_only: lowOnly,
        category_set: categorySet,
        producer_id: producerId,
        sort,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      })
    ),
  ])
  return json({ locale, q, lowOnly, categorySet, producerId, sort, page, pages: Math.max(1, Math.ceil(result.count / PAGE_SIZE)), ...result })
}

const SORT_LABELS = {
  low: "staffConsole.stock.sortLow",
  name: "staffConsole.stock.sortName",
  "-name": "staffConsole.stock.sortNameDesc",
  available: "staffConsole.stock.sortAvailable",
  "-available": "staffConsole.stock.sortAvailableDesc",
} as const

export default function StaffStockRoute() {
  const { q, lowOnly, categorySet, producerId, sort, page, pages, stock, count, facets, low_stock_threshold } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const filtered = Boolean(q) || lowOnly || Boolean(categorySet) || Boolean(producerId)
  return (
    <>
      <h1>{t("staffConsole.stock.title")}</h1>
      <Form method="get" className="staff-filters" role="search">
        <div className="field">
          <label htmlFor="stock-q">{t("staffConsole.stock.search")}</label>
          <p className="field-hint" id="stock-q-hint">
            {t("staffConsole.stock.searchHint")}
          </p>
          <input id="stock-q" name="q" type="search" defaultValue={q} aria-describedby="stock-q-hint" />
        </div>
        <div className="field">
          <label htmlFor="stock-set">{t("staffConsole.stock.group")}</label>
          <select id="stock-set" name="set" defaultValue={categorySet}>
            <option value="">{t("staffConsole.stock.groupAll")}</option>
            {facets.category_sets.map((code) => (
              <option key={code} value={code}>
                {code} · {categorySetName(code, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="stock-producer">{t("staffConsole.stock.producer")}</label>
          <select id="stock-producer" name="producer" defaultValue={producerId}>
            <option value="">{t("staffConsole.stock.producerAll")}</option>
            {facets.producers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="stock-sort">{t("staffConsole.stock.sort")}</label>
          <select id="stock-sort" name="sort" defaultValue={sort}>
            {STOCK_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--check">
          <input id="stock-low" name="low" type="checkbox" value="1" defaultChecked={lowOnly} />
          <label htmlFor="stock-low">{t("staffConsole.stock.lowOnly")}</label>
        </div>
        <button type="submit" className="button">
          {t("staffConsole.stock.filter")}
        </button>
        {filtered ? <Link to=".">{t("staffConsole.stock.reset")}</Link> : null}
      </Form>
      <p className="portal-muted">
        {t("staffConsole.stock.count", { count })} · {t("staffConsole.stock.lowHint", { n: low_stock_threshold })}
      </p>
      {stock.length === 0 ? (
        <p className="empty">{filtered ? t("staffConsole.stock.noMatch") : t("staffConsole.stock.empty")}</p>
      ) : (
        <StockTable
          className="staff-stock"
          rows={stock}
          rowKey={(row) => row.variant_id}
          rowProps={(row) => ({ className: row.low_stock ? "staff-row--low" : undefined, "data-variant-id": row.variant_id })}
          labels={{
            product: t("staffConsole.stock.product"),
            place: t("staffConsole.stock.sku"),
            stocked: t("staffConsole.stock.stocked"),
            reserved: t("staffConsole.stock.reserved"),
            available: t("staffConsole.stock.available"),
          }}
          place={(row) => (
            <>
              {row.sku ?? "—"}
              {row.producer_name ? <span className="staff-stock__producer">{row.producer_name}</span> : null}
            </>
          )}
          badge={(row) => (
            <>
              {row.stars ? <span className="staff-stars" aria-label={t("staffConsole.stock.stars", { stars: row.stars })}>{"★".repeat(row.stars)}</span> : null}
              {row.low_stock ? <span className="staff-badge staff-badge--low">{t("staffConsole.stock.low")}</span> : null}
              {row.expired_quantity ? (
                <Link to="expiring" className="staff-badge staff-badge--low">
                  {t("staffConsole.stock.expired", { n: row.expired_quantity })}
                </Link>
              ) : null}
            </>
          )}
        />
      )}
      <Pager page={page} pages={pages} />
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.stock.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
