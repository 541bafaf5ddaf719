import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Ean13Barcode } from "~/components/sales-point/ean13-barcode"
import { PrintButton } from "~/components/sales-point/print-button"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { variantLabel } from "~/components/sales-point/variant-label"
import { listPointStock } from "~/lib/data/sales-point-api.server"
import { variantPricesVnd } from "~/lib/data/sales-point-prices.server"
import { formatVnd } from "~/lib/format"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, { stock }] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) => listPointStock(token, params.pointId!, { sort: "name", limit: 200, offset: 0 })),
  ])
  const labelled = stock.filter((r) => r.ean && r.barcode_modules)
  const prices = await variantPricesVnd(labelled.map((r) => r.product_id))
  return json({ locale, labels: labelled.map((r) => ({ ...r, price: prices[r.variant_id] ?? null })) })
}

/** A printable sheet of shelf labels: barcode, name, price and OCOP stars of every pack the point holds. */
export default function StaffLabelsRoute() {
  const { labels } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t("staffConsole.labels.title")}</h1>
      <p className="staff-receipt__actions">
        <PrintButton label={t("staffConsole.labels.print")} />
      </p>
      {labels.length === 0 ? <p className="empty">{t("staffConsole.stock.empty")}</p> : null}
      <ul className="staff-labels">
        {labels.map((l) => (
          <li key={l.variant_id} className="staff-label">
            <strong>{variantLabel(l)}</strong>
            <span>
              {l.stars ? <span className="staff-stars">{"★".repeat(l.stars)}</span> : null} {l.price != null ? formatVnd(l.price) : t("staffConsole.sell.noPrice")}
            </span>
            <Ean13Barcode code={l.ean!} modules={l.barcode_modules!} title={`EAN-13 ${l.ean}`} />
          </li>
        ))}
      </ul>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.labels.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.labels.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
