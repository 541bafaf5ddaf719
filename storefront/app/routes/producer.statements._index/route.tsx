import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { listProducerStatements } from "~/lib/data/producer-statements.server"
import { formatVnd } from "~/lib/format"
import { translator, useT } from "~/lib/i18n"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { statementMonth } from "~/lib/statement-period"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, statements] = await Promise.all([getLocale(request), withProducerToken(request, listProducerStatements)])
  return json({ locale, statements })
}

export default function ProducerStatementsRoute() {
  const { statements } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t("statements.title")}</h1>
      <p className="portal-muted">{t("statements.intro")}</p>
      {statements.length === 0 ? (
        <p className="empty">{t("statements.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="portal-table">
            <thead>
              <tr>
                <th scope="col">{t("statements.period")}</th>
                <th scope="col" className="num">{t("statements.grossOnline")}</th>
                <th scope="col" className="num">{t("statements.grossCounter")}</th>
                <th scope="col" className="num">{t("statements.refunds")}</th>
                <th scope="col" className="num">{t("statements.net")}</th>
                <th scope="col">{t("statements.status")}</th>
              </tr>
            </thead>
            <tbody>
              {statements.map((s) => {
                const month = statementMonth(s.period_start)
                return (
                  <tr key={s.id}>
                    <td data-label={t("statements.period")}>
                      <Link to={`/producer/statements/${s.id}`} aria-label={t("statements.view", { period: month })}>
                        {month}
                      </Link>
                    </td>
                    <td className="num" data-label={t("statements.grossOnline")}>{formatVnd(s.gross_online)}</td>
                    <td className="num" data-label={t("statements.grossCounter")}>{formatVnd(s.gross_counter)}</td>
                    <td className="num" data-label={t("statements.refunds")}>{formatVnd(s.refunds)}</td>
                    <td className="num" data-label={t("statements.net")}>
                      <strong>{formatVnd(s.net_payable)}</strong>
                    </td>
                    <td data-label={t("statements.status")}>{t(s.status === "paid" ? "statements.status.paid" : "statements.status.draft")}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("statements.title")} · OCOP Market`, description: t("statements.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
