import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { getProducerStatement } from "~/lib/data/producer-statements.server"
import { formatDate, formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { formatRate, statementMonth } from "~/lib/statement-period"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, statement] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) => getProducerStatement(token, params.id ?? "")),
  ])
  invariantResponse(statement, "Not found", { status: 404 })
  return json({ locale, statement })
}

export default function ProducerStatementRoute() {
  const { statement: s } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const month = statementMonth(s.period_start)
  const lines = s.lines ?? []
  const totals: [string, number][] = [
    [t("statements.grossOnline"), s.gross_online],
    [t("statements.grossCounter"), s.gross_counter],
    [t("statements.refunds"), -s.refunds],
    [t("statements.commission", { rate: formatRate(s.commission_rate_bp, locale) }), -s.commission],
    [t("statements.fees"), -s.fees],
  ]
  return (
    <article className="statement">
      <p className="no-print">
        <Link to="/producer/statements">← {t("statements.back")}</Link>
      </p>
      <h1>{t("statements.detailTitle", { period: month })}</h1>
      {s.producer?.name ? <p>{s.producer.name}</p> : null}
      <p>
        {s.status === "paid"
          ? t("statements.paidOn", { date: formatDate(s.paid_at ?? "", locale), reference: s.transfer_reference ?? "" })
          : t("statements.notPaid")}
      </p>
      <table className="portal-table statement-totals">
        <tbody>
          {totals.map(([label, amount]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{formatVnd(amount)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("statements.net")}</th>
            <td className="num">
              <strong>{formatVnd(s.net_payable)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t("statements.lines")}</h2>
      {lines.length === 0 ? (
        <p className="empty">{t("statements.noLines")}</p>
      ) : (
        <div className="table-scroll">
          <table className="portal-table">
            <thead>
              <tr>
                <th scope="col">{t("statements.product")}</th>
                <th scope="col">{t("statements.channel")}</th>
                <th scope="col" className="num">{t("statements.quantity")}</th>
                <th scope="col" className="num">{t("statements.amount")}</th>
                <th scope="col" className="num">{t("statements.refunds")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td data-label={t("statements.product")}>{l.title}</td>
                  <td data-label={t("statements.channel")}>{t(l.channel === "counter" ? "statements.channel.counter" : "statements.channel.online")}</td>
                  <td className="num" data-label={t("statements.quantity")}>{l.quantity}</td>
                  <td className="num" data-label={t("statements.amount")}>{formatVnd(l.amount)}</td>
                  <td className="num" data-label={t("statements.refunds")}>{formatVnd(l.refunds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="no-print statement-actions">
        <a className="button" href={`/producer/statements/${s.id}/csv`} download>
          {t("statements.csv")}
        </a>{" "}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("statements.print")}
        </button>
      </p>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  const period = data ? statementMonth(data.statement.period_start) : ""
  return seo({ title: `${t("statements.detailTitle", { period })} · OCOP Market`, description: t("statements.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
