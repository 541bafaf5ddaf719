import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { PrintButton } from "~/components/sales-point/print-button"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { getReceipt } from "~/lib/data/sales-point-api.server"
import { formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, receipt] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) => getReceipt(token, params.pointId!, params.orderId!)),
  ])
  invariantResponse(receipt, "Not found", { status: 404 })
  // The QR opens the printable invoice on this shop (the receipt's own origin).
  const invoiceUrl = receipt.invoice ? `${new URL(request.url).origin}/invoices/${receipt.invoice.lookup_code}` : null
  const invoiceQr = invoiceUrl ? await qrCodeSvg(invoiceUrl) : null
  return json({ locale, receipt, invoiceUrl, invoiceQr })
}

export default function StaffReceiptRoute() {
  const { receipt, invoiceUrl, invoiceQr } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <article className="staff-receipt" aria-labelledby="receipt-title">
      <header>
        <p className="portal-kicker">OCOP Market</p>
        <h1 id="receipt-title">{t("staffConsole.receipt.title")}</h1>
        <dl className="staff-receipt__facts">
          <dt>{t("staffConsole.receipt.order")}</dt>
          <dd data-testid="receipt-order">#{receipt.display_id}</dd>
          <dt>{t("staffConsole.receipt.time")}</dt>
          <dd>{formatDateTime(receipt.created_at, locale)}</dd>
          <dt>{t("staffConsole.receipt.point")}</dt>
          <dd>
            {receipt.sales_point.name}
            <br />
            <span className="portal-muted">{receipt.sales_point.address}</span>
          </dd>
          <dt>{t("staffConsole.receipt.payment")}</dt>
          <dd>{t(`staffConsole.payment.${receipt.payment_method}`)}</dd>
          {receipt.staff_email ? (
            <>
              <dt>{t("staffConsole.receipt.staff")}</dt>
              <dd>{receipt.staff_email}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <table className="staff-receipt__lines">
        <thead>
          <tr>
            <th scope="col">{t("staffConsole.stock.product")}</th>
            <th scope="col" className="num">
              {t("staffConsole.receipt.qty")}
            </th>
            <th scope="col" className="num">
              {t("staffConsole.sell.unitPrice")}
            </th>
            <th scope="col" className="num">
              {t("staffConsole.sell.lineTotal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => (
            <tr key={line.variant_id}>
              <td>
                {line.product_title}
                {line.variant_title ? <span className="portal-muted"> · {line.variant_title}</span> : null}
              </td>
              <td className="num">{line.quantity}</td>
              <td className="num">{formatVnd(line.unit_price)}</td>
              <td className="num">{formatVnd(line.unit_price * line.quantity)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t("staffConsole.sell.total")}
            </th>
            <td className="num">
              <strong data-testid="receipt-total">{formatVnd(receipt.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      {receipt.invoice && invoiceUrl ? (
        <section className="staff-receipt__invoice" aria-labelledby="receipt-invoice">
          <h2 id="receipt-invoice">{t("staffConsole.receipt.invoice")}</h2>
          <p>
            {t("staffConsole.receipt.invoiceLookup")}: <strong data-testid="receipt-invoice-code">{receipt.invoice.lookup_code}</strong>
          </p>
          {invoiceQr ? <div className="staff-receipt__qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: invoiceQr }} /> : null}
          <p>
            <a href={invoiceUrl}>{invoiceUrl}</a>
          </p>
        </section>
      ) : null}
      <p className="staff-receipt__thanks">{t("staffConsole.receipt.thanks")}</p>
      <p className="staff-receipt__actions">
        <PrintButton label={t("staffConsole.receipt.print")} />
        <Link to={`/sales-point/${receipt.sales_point.id}/sell`} className="button button--ghost">
          {t("staffConsole.receipt.newSale")}
        </Link>
      </p>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.receipt.title")} #${data?.receipt.display_id ?? ""} · OCOP Market`, description: t("staffConsole.receipt.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
