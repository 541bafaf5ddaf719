import type { OrderInvoice } from "~/lib/data/order-invoices.server"
import { useT } from "~/lib/i18n"

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

/** The order's invoices, each with its status and a link to the printable invoice. */
export function OrderInvoices({ invoices }: { invoices: OrderInvoice[] }) {
  const t = useT()
  return (
    <section aria-labelledby="order-invoices">
      <h2 id="order-invoices">{t("order.invoices")}</h2>
      {invoices.length === 0 ? (
        <p>{t("order.invoice.none")}</p>
      ) : (
        <ul>
          {invoices.map((invoice) => (
            <li key={invoice.lookup_code}>
              <a href={`/invoices/${invoice.lookup_code}`} target="_blank" rel="noopener">
                {invoice.kind === "company" ? t("order.invoice.company") : t("order.invoice.retail")}
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
