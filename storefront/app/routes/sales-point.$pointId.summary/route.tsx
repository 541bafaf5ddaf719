import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { getDailySummary } from "~/lib/data/sales-point-api.server"
import { formatDate, formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get("date")?.trim()
  // No day (or a malformed one) is today, in Vietnam: the API decides which day that is.
  const date = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined
  const [locale, summary] = await Promise.all([getLocale(request), withStaffToken(request, (token) => getDailySummary(token, params.pointId!, date))])
  return json({ locale, summary, chosen: Boolean(date) })
}

export default function StaffSummaryRoute() {
  const { summary, chosen } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <h1>
        {t("staffConsole.summary.title")} · {formatDate(summary.date, locale)}
      </h1>
      <Form method="get" className="staff-filters">
        <div className="field">
          <label htmlFor="summary-date">{t("staffConsole.summary.date")}</label>
          <input id="summary-date" name="date" type="date" defaultValue={summary.date} />
        </div>
        <button type="submit" className="button">
          {t("staffConsole.summary.show")}
        </button>
        {chosen ? <Link to=".">{t("staffConsole.summary.today")}</Link> : null}
      </Form>
      <dl className="staff-stats">
        <div>
          <dt>{t("staffConsole.summary.orders")}</dt>
          <dd data-testid="summary-orders">{summary.orders}</dd>
        </div>
        <div>
          <dt>{t("staffConsole.summary.units")}</dt>
          <dd>{summary.units}</dd>
        </div>
        <div>
          <dt>{t("staffConsole.summary.revenue")}</dt>
          <dd data-testid="summary-revenue">{formatVnd(summary.total)}</dd>
        </div>
      </dl>
      <h2>{t("staffConsole.summary.byPayment")}</h2>
      <dl className="staff-stats">
        {(["cash", "card_at_counter", "vietqr"] as const).map((m) => (
          <div key={m}>
            <dt>{t(`staffConsole.payment.${m}`)}</dt>
            <dd>
              {formatVnd(summary.by_payment_method[m].total)} <span className="portal-muted">({summary.by_payment_method[m].orders})</span>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("staffConsole.summary.sales")}</h2>
      {summary.sales.length === 0 ? (
        <p className="empty">{t("staffConsole.summary.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="orders-table portal-table">
            <thead>
              <tr>
                <th scope="col">{t("staffConsole.receipt.order")}</th>
                <th scope="col">{t("staffConsole.receipt.time")}</th>
                <th scope="col">{t("staffConsole.receipt.payment")}</th>
                <th scope="col" className="num">
                  {t("staffConsole.summary.units")}
                </th>
                <th scope="col" className="num">
                  {t("staffConsole.sell.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.sales.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`../receipts/${s.id}`} relative="path">
                      #{s.display_id}
                    </Link>
                  </td>
                  <td data-label={t("staffConsole.receipt.time")}>{formatDateTime(s.created_at, locale)}</td>
                  <td data-label={t("staffConsole.receipt.payment")}>{s.payment_method === "split" ? t("staffConsole.payment.split_label") : t(`staffConsole.payment.${s.payment_method}`)}</td>
                  <td className="num" data-label={t("staffConsole.summary.units")}>{s.units}</td>
                  <td className="num" data-label={t("staffConsole.sell.total")}>{formatVnd(s.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.summary.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.summary.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
