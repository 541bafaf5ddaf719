import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { Pager } from "~/components/sales-point/pager"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { StockTable } from "~/components/ui/stock-table"
import { listPointStock } from "~/lib/data/sales-point-api.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

const PAGE_SIZE = 25

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200)
  const lowOnly = url.searchParams.get("low") === "1"
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1))
  const [locale, result] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) =>
      listPointStock(token, params.pointId!, { q, low_only: lowOnly, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    ),
  ])
  return json({ locale, q, lowOnly, page, pages: Math.max(1, Math.ceil(result.count / PAGE_SIZE)), ...result })
}

export default function StaffStockRoute() {
  const { q, lowOnly, page, pages, stock, count, low_stock_threshold } = useLoaderData<typeof loader>()
  const t = useT()
  const filtered = Boolean(q) || lowOnly
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
          place={(row) => row.sku ?? "—"}
          badge={(row) => (row.low_stock ? <span className="staff-badge staff-badge--low">{t("staffConsole.stock.low")}</span> : null)}
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
