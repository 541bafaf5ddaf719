import type { OrderInvoice } from "~/lib/data/order-invoices.server"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import { useRevalidateWhile } from "~/lib/use-revalidate-while"

function statusLabel(status: OrderInvoice["status"], t: ReturnType<typeof useT>) {
  switch (status) {
    case "issued":
      return t("order.invoice.issued")
    case "replaced":
      return t("order.invoice.replaced")
    case "adjusted":
      return t("order.invoice.adjusted")
    default:
      return t("order.invoice.pending")
  }
}

function title(invoice: OrderInvoice, t: ReturnType<typeof useT>) {
  if (invoice.relation === "adjustment") {
    return t(invoice.total < 0 ? "order.invoice.adjustmentDown" : "order.invoice.adjustmentUp", { amount: formatVnd(Math.abs(invoice.total)) })
  }
  const kind = invoice.kind === "company" ? t("order.invoice.company") : t("order.invoice.retail")
  return invoice.relation === "replacement" ? `${kind} (${t("order.invoice.replacement")})` : kind
}

/**
 * The order's invoices, each with its status and a link to the printable invoice. Once
 * the order is paid its invoice is being issued: the list asks again every few seconds
 * until it is, so the buyer need not reload.
 */
export function OrderInvoices({ invoices, paid = false }: { invoices: OrderInvoice[]; paid?: boolean }) {
  const t = useT()
  const issuing = paid && (invoices.length === 0 || invoices.some((i) => i.status === "pending"))
  useRevalidateWhile(issuing)
  return (
    <section aria-labelledby="order-invoices" aria-live="polite">
      <h2 id="order-invoices">{t("order.invoices")}</h2>
      {issuing ? <p>{t("order.invoice.issuing")}</p> : null}
      {invoices.length === 0 ? (
        issuing ? null : <p>{t("order.invoice.none")}</p>
      ) : (
        <ul>
          {invoices.map((invoice) => (
            <li key={invoice.lookup_code}>
              <a href={`/invoices/${invoice.lookup_code}`} target="_blank" rel="noopener">
                {title(invoice, t)}
                {invoice.number !== null ? ` ${invoice.series} – ${String(invoice.number).padStart(8, "0")}` : ""}
              </a>{" "}
              ({statusLabel(invoice.status, t)}) · {t("order.invoice.lookupCode")}: <code>{invoice.lookup_code}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
