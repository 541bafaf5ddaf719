import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react"
import { FormKeyField, formKeyOf, newFormKey } from "~/components/sales-point/form-key"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { formatDay } from "~/components/sales-point/format-day"
import { paperOf, PaperPageStyle, PaperSwitch } from "~/components/sales-point/receipt-paper"
import { PrintButton } from "~/components/sales-point/print-button"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { getReceipt, orStaffInputError, returnCounterLines, StaffInputError, type Receipt, type ReceiptPayment } from "~/lib/data/sales-point-api.server"
import { formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { withStaffToken } from "~/lib/staff-session.server"
import { publicOrigin } from "~/lib/public-url.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, receipt] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) => getReceipt(token, params.pointId!, params.orderId!)),
  ])
  invariantResponse(receipt, "Not found", { status: 404 })
  // The QR opens the printable invoice on this shop (the receipt's own origin).
  const invoiceUrl = receipt.invoice ? `${publicOrigin()}/invoices/${receipt.invoice.lookup_code}` : null
  const invoiceQr = invoiceUrl ? await qrCodeSvg(invoiceUrl) : null
  const paper = paperOf(new URL(request.url).searchParams.get("paper"))
  return json({ locale, receipt, formKey: newFormKey(), invoiceUrl, invoiceQr, paper })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  const items = [...form.entries()]
    .filter(([k, v]) => k.startsWith("return.") && String(v).trim() !== "" && String(v).trim() !== "0")
    .map(([k, v]) => ({ variant_id: k.slice("return.".length), quantity: Number(String(v).trim()) }))
  if (!items.length || items.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1)) {
    return json({ error: "staffConsole.error.quantity" as string }, { status: 400 })
  }
  const done = await withStaffToken(request, (token) => orStaffInputError(() => returnCounterLines(token, params.pointId!, params.orderId!, { items }, formKeyOf(form))))
  if (done instanceof StaffInputError) return json({ error: done.message }, { status: 400 })
  return redirect(`${new URL(request.url).pathname}?returned=${done.return.amount}`)
}

/** A quantity box per line and one button: what the customer brings back. */
function ReturnForm({ receipt, formKey }: { receipt: Receipt; formKey: string }) {
  const t = useT()
  const actionData = useActionData<typeof action>()
  const busy = useNavigation().state === "submitting"
  return (
    <Form method="post" className="staff-return" aria-labelledby="return-title">
      <h2 id="return-title">{t("staffConsole.return.title")}</h2>
      <p className="field-hint">{t("staffConsole.return.hint")}</p>
      <FormKeyField value={formKey} />
      {actionData?.error ? (
        <p className="field-errors" role="alert">
          {actionData.error.startsWith("staffConsole.") ? t(actionData.error as "staffConsole.error.quantity") : actionData.error}
        </p>
      ) : null}
      {receipt.lines.map((line) => {
        const label = line.variant_title ? `${line.product_title} (${line.variant_title})` : line.product_title
        return (
          <div className="field" key={line.variant_id}>
            <label htmlFor={`return-${line.variant_id}`}>{t("staffConsole.return.quantityOf", { product: label })}</label>
            <input id={`return-${line.variant_id}`} name={`return.${line.variant_id}`} type="number" inputMode="numeric" min={0} max={line.quantity} step={1} defaultValue={0} />
          </div>
        )
      })}
      <button type="submit" className="button button--ghost" disabled={busy}>
        {busy ? t("staffConsole.saving") : t("staffConsole.return.submit")}
      </button>
    </Form>
  )
}

export default function StaffReceiptRoute() {
  const { receipt, formKey, invoiceUrl, invoiceQr, paper } = useLoaderData<typeof loader>()
  const [search] = useSearchParams()
  const returned = Number(search.get("returned"))
  const t = useT()
  const locale = useLocale()
  const roll = paper !== "a4"
  return (
    <article className={`staff-receipt staff-receipt--${paper}`} aria-labelledby="receipt-title" data-paper={paper}>
      <PaperPageStyle paper={paper} />
      <PaperSwitch paper={paper} />
      <header>
        {/* The seller in law: the point's operator, its address and phone. */}
        <p className="staff-receipt__seller" data-testid="receipt-legal-name">
          <strong>{receipt.sales_point.legal_name || receipt.sales_point.name}</strong>
          {receipt.sales_point.legal_name ? (
            <>
              <br />
              {receipt.sales_point.name}
            </>
          ) : null}
          <br />
          <span data-testid="receipt-address">{receipt.sales_point.address}</span>
          {receipt.sales_point.phone ? (
            <>
              <br />
              {t("staffConsole.receipt.phone")}: {receipt.sales_point.phone}
            </>
          ) : null}
        </p>
        <h1 id="receipt-title">{t("staffConsole.receipt.title")}</h1>
        <dl className="staff-receipt__facts">
          <dt>{t("staffConsole.receipt.order")}</dt>
          <dd data-testid="receipt-order">#{receipt.display_id}</dd>
          <dt>{t("staffConsole.receipt.time")}</dt>
          <dd data-testid="receipt-time">{formatDateTime(receipt.created_at, locale)}</dd>
          <dt>{t("staffConsole.receipt.payment")}</dt>
          <dd>{receipt.payment_method === "split" ? t("staffConsole.payment.split_label") : t(`staffConsole.payment.${receipt.payment_method}`)}</dd>
          {receipt.staff_name ? (
            <>
              <dt>{t("staffConsole.receipt.staff")}</dt>
              <dd data-testid="receipt-staff">{receipt.staff_name}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <table className="staff-receipt__lines">
        <thead className={roll ? "visually-hidden" : undefined}>
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
          {receipt.lines.map((line) =>
            roll ? (
              // A roll is too narrow for four columns: quantity × price goes under the name.
              <tr key={line.variant_id}>
                <td colSpan={3}>
                  {line.product_title}
                  {line.variant_title ? ` · ${line.variant_title}` : null}
                  <br />
                  <span className="staff-receipt__qty">
                    {line.quantity} × {formatVnd(line.unit_price)}
                  </span>
                  <LineLots lots={line.lots} />
                </td>
                <td className="num">{formatVnd(line.unit_price * line.quantity)}</td>
              </tr>
            ) : (
              <tr key={line.variant_id}>
                <td>
                  {line.product_title}
                  {line.variant_title ? <span className="portal-muted"> · {line.variant_title}</span> : null}
                  <LineLots lots={line.lots} />
                </td>
                <td className="num">{line.quantity}</td>
                <td className="num">{formatVnd(line.unit_price)}</td>
                <td className="num">{formatVnd(line.unit_price * line.quantity)}</td>
              </tr>
            )
          )}
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
          {receipt.payments
            .filter((p) => p.kind === "sale")
            .map((p) => (
              <PaymentRows key={p.id} payment={p} />
            ))}
        </tfoot>
      </table>
      {receipt.payments.some((p) => p.kind === "refund") ? (
        <table className="staff-receipt__lines">
          <tbody>
            {receipt.payments
              .filter((p) => p.kind === "refund")
              .map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {t("staffConsole.receipt.refund")} · {t(`staffConsole.payment.${p.method}`)}
                  </th>
                  <td className="num">−{formatVnd(p.amount)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
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
      {returned > 0 ? (
        <p role="status" className="alert">
          {t("staffConsole.return.done", { amount: formatVnd(returned) })}
        </p>
      ) : null}
      <p className="staff-receipt__actions">
        <PrintButton label={t("staffConsole.receipt.print")} />
        <Link to={`/sales-point/${receipt.sales_point.id}/sell`} className="button button--ghost">
          {t("staffConsole.receipt.newSale")}
        </Link>
      </p>
      <ReturnForm receipt={receipt} formKey={formKey} />
    </article>
  )
}

/** The lots a line's units came from, as printed on their labels. */
function LineLots({ lots }: { lots?: Receipt["lines"][number]["lots"] }) {
  const t = useT()
  if (!lots?.length) return null
  return (
    <span className="staff-receipt__lots">
      {lots.map((lot) => (
        <span key={lot.id} data-testid="receipt-lot">
          <br />
          {t("staffConsole.receipt.lot", { lot: lot.lot_code, expires: lot.expires_on ? formatDay(lot.expires_on) : "—" })}
          {lots.length > 1 ? ` (${lot.quantity})` : null}
        </span>
      ))}
    </span>
  )
}

/** One payment under the total: its method and amount; for cash, what was handed over and the change. */
function PaymentRows({ payment }: { payment: ReceiptPayment }) {
  const t = useT()
  const confirmed =
    payment.confirmed_by === "bank" ? t("staffConsole.receipt.confirmedByBank") : payment.confirmed_by === "staff" ? t("staffConsole.receipt.confirmedByStaff") : null
  return (
    <>
      <tr>
        <th scope="row" colSpan={3}>
          {t(`staffConsole.payment.${payment.method}`)}
          {payment.reference ? ` · ${payment.reference}` : null}
          {confirmed ? <span className="portal-muted"> ({confirmed})</span> : null}
        </th>
        <td className="num">{formatVnd(payment.amount)}</td>
      </tr>
      {payment.method === "cash" && payment.tendered !== null ? (
        <>
          <tr>
            <th scope="row" colSpan={3}>
              {t("staffConsole.receipt.tendered")}
            </th>
            <td className="num">{formatVnd(payment.tendered)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t("staffConsole.receipt.change")}
            </th>
            <td className="num">
              <strong data-testid="receipt-change">{formatVnd(payment.change ?? 0)}</strong>
            </td>
          </tr>
        </>
      ) : null}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.receipt.title")} #${data?.receipt.display_id ?? ""} · OCOP Market`, description: t("staffConsole.receipt.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
