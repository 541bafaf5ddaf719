import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { PrintButton } from "~/components/sales-point/print-button"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { getShift, type PaymentMethod } from "~/lib/data/sales-point-api.server"
import { formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, shift] = await Promise.all([getLocale(request), withStaffToken(request, (token) => getShift(token, params.pointId!, params.shiftId!))])
  invariantResponse(shift, "Not found", { status: 404 })
  return json({ locale, shift })
}

const METHODS: PaymentMethod[] = ["cash", "card_at_counter", "vietqr"]

/** The printable shift report: sales and refunds by method, cash expected, counted and the difference. */
export default function StaffShiftReportRoute() {
  const { shift } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <article className="staff-receipt" aria-labelledby="shift-report-title">
      <h1 id="shift-report-title">{t("staffConsole.shift.report")}</h1>
      <dl className="staff-receipt__facts">
        <dt>{t("staffConsole.shift.openedAt")}</dt>
        <dd>{formatDateTime(shift.opened_at, locale)}</dd>
        <dt>{t("staffConsole.shift.closedAt")}</dt>
        <dd>{shift.closed_at ? formatDateTime(shift.closed_at, locale) : t("staffConsole.shift.stillOpen")}</dd>
        <dt>{t("staffConsole.summary.orders")}</dt>
        <dd>{shift.orders}</dd>
      </dl>
      <table className="staff-receipt__lines">
        <thead>
          <tr>
            <th scope="col">{t("staffConsole.receipt.payment")}</th>
            <th scope="col" className="num">
              {t("staffConsole.shift.sales")}
            </th>
            <th scope="col" className="num">
              {t("staffConsole.shift.refunds")}
            </th>
          </tr>
        </thead>
        <tbody>
          {METHODS.map((m) => (
            <tr key={m}>
              <td>{t(`staffConsole.payment.${m}`)}</td>
              <td className="num">{formatVnd(shift.sales[m])}</td>
              <td className="num">{formatVnd(shift.refunds[m])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("staffConsole.sell.total")}</th>
            <td className="num">{formatVnd(shift.sales_total)}</td>
            <td className="num">{formatVnd(shift.refunds_total)}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="staff-receipt__facts staff-shift-cash">
        <dt>{t("staffConsole.shift.float")}</dt>
        <dd>{formatVnd(shift.opening_float)}</dd>
        <dt>{t("staffConsole.shift.expected")}</dt>
        <dd>{formatVnd(shift.expected_cash)}</dd>
        <dt>{t("staffConsole.shift.counted")}</dt>
        <dd>{shift.counted_cash === null ? "—" : formatVnd(shift.counted_cash)}</dd>
        <dt>{t("staffConsole.shift.difference")}</dt>
        <dd data-testid="shift-difference">
          <strong>{shift.difference === null ? "—" : `${shift.difference > 0 ? "+" : ""}${formatVnd(shift.difference)}`}</strong>
        </dd>
        {shift.note ? (
          <>
            <dt>{t("staffConsole.field.note")}</dt>
            <dd>{shift.note}</dd>
          </>
        ) : null}
      </dl>
      <p className="staff-receipt__actions">
        <PrintButton label={t("staffConsole.shift.print")} />
        <Link to=".." relative="path" className="button button--ghost">
          {t("staffConsole.shift.back")}
        </Link>
      </p>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.shift.report")} · ${t("staffConsole.title")}`, description: t("staffConsole.shift.report"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
