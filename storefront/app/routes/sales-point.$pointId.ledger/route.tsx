import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { ledgerFilters, ledgerQuery, MOVEMENT_KINDS } from "~/components/sales-point/ledger-filters"
import { Pager } from "~/components/sales-point/pager"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { listMovements, listPointVariants, type Movement } from "~/lib/data/sales-point-api.server"
import { variantLabel } from "~/components/sales-point/variant-label"
import { translator, useLocale, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

const PAGE_SIZE = 50

export async function loader({ request, params }: LoaderFunctionArgs) {
  const pointId = params.pointId!
  const search = new URL(request.url).searchParams
  const { filters, invalidDates } = ledgerFilters(search)
  const page = Math.max(1, Math.floor(Number(search.get("page")) || 1))
  const [locale, data] = await Promise.all([
    getLocale(request),
    withStaffToken(request, async (token) => {
      const [ledger, variants] = await Promise.all([
        listMovements(token, pointId, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
        listPointVariants(token, pointId),
      ])
      return { ...ledger, variants }
    }),
  ])
  const products = data.variants.map((v) => ({ id: v.variant_id, label: variantLabel(v) }))
  return json({
    locale,
    filters,
    invalidDates,
    movements: data.movements,
    page,
    pages: Math.max(1, Math.ceil(data.count / PAGE_SIZE)),
    products,
    csvHref: `/sales-point/${pointId}/ledger.csv${ledgerQuery(filters) ? `?${ledgerQuery(filters)}` : ""}`,
  })
}

export default function StaffLedgerRoute() {
  const { filters, invalidDates, movements, page, pages, products, csvHref } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t("staffConsole.ledger.title")}</h1>
      <p className="portal-muted">{t("staffConsole.ledger.intro")}</p>
      <Form method="get" className="staff-filters" aria-describedby={invalidDates ? "ledger-date-error" : undefined}>
        <div className="field">
          <label htmlFor="ledger-kind">{t("staffConsole.ledger.kind")}</label>
          <select id="ledger-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("staffConsole.ledger.kindAll")}</option>
            {MOVEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`staffConsole.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ledger-product">{t("staffConsole.ledger.product")}</label>
          <select id="ledger-product" name="variant_id" defaultValue={filters.variant_id ?? ""}>
            <option value="">{t("staffConsole.ledger.productAll")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ledger-from">{t("staffConsole.ledger.from")}</label>
          <input id="ledger-from" name="from" type="date" defaultValue={filters.from ?? ""} aria-invalid={invalidDates || undefined} aria-describedby={invalidDates ? "ledger-date-error" : undefined} />
        </div>
        <div className="field">
          <label htmlFor="ledger-to">{t("staffConsole.ledger.to")}</label>
          <input id="ledger-to" name="to" type="date" defaultValue={filters.to ?? ""} aria-invalid={invalidDates || undefined} aria-describedby={invalidDates ? "ledger-date-error" : undefined} />
        </div>
        <button type="submit" className="button">
          {t("staffConsole.ledger.filter")}
        </button>
        <a href={csvHref} className="button button--ghost" download>
          {t("staffConsole.ledger.csv")}
        </a>
        {invalidDates ? (
          <p className="field-errors" id="ledger-date-error" role="alert">
            {t("staffConsole.ledger.dateError")}
          </p>
        ) : null}
      </Form>
      {movements.length === 0 ? (
        <p className="empty">{t("staffConsole.ledger.empty")}</p>
      ) : (
        <LedgerTable movements={movements} />
      )}
      <Pager page={page} pages={pages} />
    </>
  )
}

function LedgerTable({ movements }: { movements: Movement[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="table-scroll">
      <table className="orders-table portal-table staff-ledger">
        <thead>
          <tr>
            <th scope="col">{t("staffConsole.ledger.when")}</th>
            <th scope="col">{t("staffConsole.ledger.kind")}</th>
            <th scope="col">{t("staffConsole.ledger.product")}</th>
            <th scope="col" className="num">
              {t("staffConsole.ledger.quantity")}
            </th>
            <th scope="col" className="num">
              {t("staffConsole.ledger.before")}
            </th>
            <th scope="col" className="num">
              {t("staffConsole.ledger.after")}
            </th>
            <th scope="col">{t("staffConsole.ledger.who")}</th>
            <th scope="col">{t("staffConsole.ledger.why")}</th>
          </tr>
        </thead>
        <tbody>
          {movements.map((m) => (
            <tr key={m.id} data-kind={m.kind}>
              <td className="staff-ledger__when">{formatDateTime(m.created_at, locale)}</td>
              <td data-label={t("staffConsole.ledger.kind")}>{t(`staffConsole.kind.${m.kind}`)}</td>
              <td data-label={t("staffConsole.ledger.product")}>{m.product_title ? variantLabel({ product_title: m.product_title, variant_title: m.variant_title }) : "—"}</td>
              <td className="num" data-label={t("staffConsole.ledger.quantity")}>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
              <td className="num" data-label={t("staffConsole.ledger.before")}>{m.quantity_before}</td>
              <td className="num" data-label={t("staffConsole.ledger.after")}>{m.quantity_after}</td>
              <td data-label={t("staffConsole.ledger.who")}>{m.staff_name ?? m.staff_email ?? "—"}</td>
              <td data-label={t("staffConsole.ledger.why")}>
                {[m.reason ? t(`staffConsole.reason.${m.reason}`) : null, m.order_display_id ? null : m.reference, m.note].filter(Boolean).join(" · ")}
                {m.kind === "sale" && m.reference && m.order_display_id ? (
                  <Link to={`../receipts/${m.reference}`} relative="path">
                    {t("staffConsole.ledger.order", { number: m.order_display_id })}
                  </Link>
                ) : m.order_display_id ? (
                  t("staffConsole.ledger.order", { number: m.order_display_id })
                ) : null}
                {!m.reason && !m.reference && !m.note ? "—" : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.ledger.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.ledger.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
