import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { formatDay } from "~/components/sales-point/format-day"
import { LotDaysLeft } from "~/components/sales-point/lot-days-left"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { variantLabel } from "~/components/sales-point/variant-label"
import { getLotTrace } from "~/lib/data/sales-point-api.server"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, data] = await Promise.all([getLocale(request), withStaffToken(request, (token) => getLotTrace(token, params.pointId!, params.lotId!))])
  invariantResponse(data, "Not found", { status: 404 })
  return json({ locale, ...data })
}

/** One lot from its receipt to its sales: every stock change that took units from it or gave them back. */
export default function StaffLotTraceRoute() {
  const { lot, trace } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="lot-title">
      <h1 id="lot-title">{t("staffConsole.lot.traceTitle", { lot: lot.lot_code })}</h1>
      <p className="portal-muted">{t("staffConsole.lot.traceIntro")}</p>
      <dl className="staff-receipt__facts">
        <dt>{t("staffConsole.stock.product")}</dt>
        <dd>{lot.product_title ? variantLabel({ product_title: lot.product_title, variant_title: lot.variant_title }) : "—"}</dd>
        <dt>{t("staffConsole.lot.expires")}</dt>
        <dd data-testid="lot-expires">
          {lot.expires_on ? formatDay(lot.expires_on) : "—"} <LotDaysLeft lot={lot} />
        </dd>
        {lot.produced_on ? (
          <>
            <dt>{t("staffConsole.lot.produced")}</dt>
            <dd>{formatDay(lot.produced_on)}</dd>
          </>
        ) : null}
        <dt>{t("staffConsole.lot.received")}</dt>
        <dd>{lot.received_quantity}</dd>
        <dt>{t("staffConsole.lot.left")}</dt>
        <dd>{lot.remaining_quantity}</dd>
      </dl>
      <div className="table-scroll">
        <table className="orders-table portal-table staff-ledger">
          <thead>
            <tr>
              <th scope="col">{t("staffConsole.ledger.when")}</th>
              <th scope="col">{t("staffConsole.ledger.kind")}</th>
              <th scope="col" className="num">
                {t("staffConsole.ledger.quantity")}
              </th>
              <th scope="col">{t("staffConsole.ledger.who")}</th>
              <th scope="col">{t("staffConsole.ledger.why")}</th>
            </tr>
          </thead>
          <tbody>
            {trace.map((entry) => (
              <tr key={entry.id} data-kind={entry.kind}>
                <td className="staff-ledger__when">{formatDateTime(entry.created_at, locale)}</td>
                <td data-label={t("staffConsole.ledger.kind")}>{entry.kind === "reconcile" ? t("staffConsole.lot.reconcile") : t(`staffConsole.kind.${entry.kind}`)}</td>
                <td className="num" data-label={t("staffConsole.ledger.quantity")}>
                  {entry.quantity > 0 ? `+${entry.quantity}` : entry.quantity}
                </td>
                <td data-label={t("staffConsole.ledger.who")}>{entry.staff_name ?? "—"}</td>
                <td data-label={t("staffConsole.ledger.why")}>
                  {entry.order_display_id && entry.reference ? (
                    <Link to={`../../receipts/${entry.reference}`} relative="path">
                      {t("staffConsole.ledger.order", { number: entry.order_display_id })}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="../../expiring" relative="path">
          {t("staffConsole.lot.back")}
        </Link>
      </p>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.lot.traceTitle", { lot: data?.lot.lot_code ?? "" })} · ${t("staffConsole.title")}`, description: t("staffConsole.lot.traceIntro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
